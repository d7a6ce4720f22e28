# an exception created, raised and caught without a name is freed at the end of the handler
import sys
class Loud(Exception):
    def __del__(self):
        print('Loud freed')
try:
    raise Loud()
except Loud:
    print('handling')
print('after first')
try:
    raise Loud()
except Loud as e:
    keep = e
print('kept', sys.getrefcount(keep))
del keep
print('end')

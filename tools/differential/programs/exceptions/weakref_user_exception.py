# a user exception can be weakly referenced; the reference dies when the handler drops it
import weakref
class Tracked(Exception):
    pass
def cb(r):
    print('callback: exception freed')
ref = None
try:
    raise Tracked('t')
except Tracked as e:
    ref = weakref.ref(e, cb)
    print('alive', ref() is e)
print('after handler', ref())
try:
    weakref.ref(ValueError())
except TypeError as e:
    print(e)

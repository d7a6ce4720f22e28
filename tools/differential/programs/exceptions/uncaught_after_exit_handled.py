# a caught SystemExit does not end the program; a later uncaught KeyError does
import sys
try:
    sys.exit(2)
except SystemExit:
    print('ignored exit')
d = {}
print(d['absent'])

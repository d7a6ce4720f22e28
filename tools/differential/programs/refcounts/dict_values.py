# references held by dict values: add, overwrite, delete, clear
import sys
x = []
d = {'k': x}
print(sys.getrefcount(x))
d['j'] = x
print(sys.getrefcount(x))
d['k'] = None
print(sys.getrefcount(x))
del d['j']
print(sys.getrefcount(x))
d['z'] = x
d.clear()
print(sys.getrefcount(x))

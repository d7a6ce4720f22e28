# chained assignment binds the same object to every target
import sys
a = b = c = []
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
c = None
print(sys.getrefcount(a))

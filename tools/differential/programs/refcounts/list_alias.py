# refcount of a new list bound to one name, then an alias, then the alias deleted
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))

# a weak reference does not add to the refcount; dereferencing returns a new reference
import sys
import weakref
class C:
    pass
o = C()
r = weakref.ref(o)
print(sys.getrefcount(o))
p = r()
print(sys.getrefcount(o), p is o)
del p
print(sys.getrefcount(o))

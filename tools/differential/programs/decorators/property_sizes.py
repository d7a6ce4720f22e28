# sizes and GC tracking of property, staticmethod and classmethod objects
import sys, gc
def f(self):
    return 1
p = property(f)
s = staticmethod(f)
c = classmethod(f)
print(sys.getsizeof(p), sys.getsizeof(s), sys.getsizeof(c))
print(gc.is_tracked(p), gc.is_tracked(s), gc.is_tracked(c))
print(sys.getrefcount(f))
del p, s, c
print(sys.getrefcount(f))

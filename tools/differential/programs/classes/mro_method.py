# type.mro() returns a fresh list equal to __mro__; holding it adds a reference to each class
import sys, gc
gc.collect()
class A: pass
class B(A): pass
class C(B): pass
before = sys.getrefcount(B)
m = C.mro()
print(type(m).__name__, m == list(C.__mro__), m is C.mro())
print(sys.getrefcount(B) - before, gc.is_tracked(m), sys.getsizeof(m))
del m
print(sys.getrefcount(B) - before)

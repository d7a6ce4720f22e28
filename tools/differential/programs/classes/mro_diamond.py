# C3 MRO of a diamond: __mro__ order, and the refcounts the MRO tuples add to each class
import sys
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C), sys.getrefcount(D))
print(D.__bases__ == (B, C), D.__base__ is B)
print(len(D.__mro__), D.__mro__[-1] is object)

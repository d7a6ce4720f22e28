# C3 linearisation of a classic six-class hierarchy (the Python docs' example)
import sys
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print(' '.join([k.__name__ for k in A.__mro__]))
print(' '.join([k.__name__ for k in B.__mro__]))
print(' '.join([k.__name__ for k in C.__mro__]))
print(sys.getrefcount(O), sys.getrefcount(D), sys.getrefcount(A))
print(sys.getsizeof(A.__mro__), sys.getsizeof(O.__mro__))

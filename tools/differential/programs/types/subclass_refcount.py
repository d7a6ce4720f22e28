# a subclass adds a reference to its base from its bases and MRO tuples; its own dict has no descriptors
import sys
class A: pass
print(sys.getrefcount(A))
class B(A): pass
print(sys.getrefcount(A), sys.getrefcount(B))
class C(B): pass
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C))
del C
print(sys.getrefcount(A), sys.getrefcount(B))

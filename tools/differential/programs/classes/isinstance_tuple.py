# isinstance and issubclass with tuples of classes (nested too) along an MRO
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
d = D()
print(isinstance(d, (C,)), isinstance(d, (int, str)), isinstance(d, (int, (str, A))))
print(issubclass(D, (int, C)), issubclass(B, (C, str)), issubclass(B, B))
print(issubclass(D, object), isinstance(B, type), isinstance(d, object))
print(isinstance(3, (B, int)), issubclass(bool, (str, int)))
import sys
print(sys.getrefcount(A), sys.getrefcount(D))

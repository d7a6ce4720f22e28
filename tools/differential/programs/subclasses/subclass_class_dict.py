# the class __dict__ keys and sizes of builtin-type subclasses
import sys
class L(list): pass
class D(dict): pass
class I(int): pass
class T(tuple): pass
print(list(L.__dict__), list(I.__dict__))
print(sys.getsizeof(L), sys.getsizeof(D), sys.getsizeof(T))
print(sys.getrefcount(L), sys.getrefcount(T))
print(L.__mro__ == (L, list, object), I.__base__ is int)

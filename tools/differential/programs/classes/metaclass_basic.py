# class K(metaclass=M): type(K) is M, isinstance(K, M), sizes, refcounts and gc counts of the class and the metaclass
import sys, gc
gc.collect()
class M(type):
    pass
print(sys.getrefcount(M), sys.getsizeof(M), gc.is_tracked(M), sorted(M.__dict__))
print(M.__mro__, M.__base__, type(M))
gc.collect()
class K(metaclass=M):
    x = 1
print(gc.get_count())
print(type(K) is M, isinstance(K, M), isinstance(K, type), issubclass(M, type))
print(sys.getsizeof(K), sys.getrefcount(K), sys.getrefcount(M), sorted(K.__dict__))
k = K()
print(sys.getsizeof(k), type(k) is K, k.x, gc.is_tracked(K))
class D(K):
    pass
print(type(D) is M, sys.getrefcount(M), len(gc.get_referents(D)), len(gc.get_referents(K)))
del k, D, K
print(gc.collect(), sys.getrefcount(M))

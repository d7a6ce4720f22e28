# sys.getsizeof of a class: the heap type, its cached shared keys, and the GC header
import sys
class K: pass
class S:
    __slots__ = ()
class S3:
    __slots__ = ('a', 'b', 'c')
class Sub(K): pass
print(sys.getsizeof(K), sys.getsizeof(S), sys.getsizeof(S3), sys.getsizeof(Sub))
k = K()
k.a = 1
k.b = 2
print(sys.getsizeof(K))
print(type.__basicsize__, type.__itemsize__, object.__basicsize__)

# range, weakref and class objects
import sys
import weakref
class C:
    pass
class S:
    __slots__ = ('a',)
o = C()
print(sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 20)))
print(sys.getsizeof(weakref.ref(o)))
print(sys.getsizeof(C), sys.getsizeof(S))

# __slots__ naming __dict__ and __weakref__ adds them back; sizes and weakref support
import sys, weakref
class S:
    __slots__ = ('a', '__dict__', '__weakref__')
s = S()
s.a = 1
s.extra = 2
r = weakref.ref(s)
print(sys.getsizeof(s), vars(s), r() is s)
class T:
    __slots__ = ('a',)
print(sys.getsizeof(T()), hasattr(T(), '__dict__'))

# __slots__ instances: 16 + 8 per slot + GC header
import sys
class S0:
    __slots__ = ()
class S1:
    __slots__ = ('a',)
class S3:
    __slots__ = ('a', 'b', 'c')
class SW:
    __slots__ = ('a', '__weakref__')
print(sys.getsizeof(S0()), sys.getsizeof(S1()), sys.getsizeof(S3()), sys.getsizeof(SW()))

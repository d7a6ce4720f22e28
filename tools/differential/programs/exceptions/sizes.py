# sys.getsizeof of builtin exception instances of several shapes
import sys
for e in [Exception(), ValueError('x'), KeyError('k'), OSError(), OSError(2, 'no'), StopIteration(1),
          SystemExit(3), ImportError('m'), SyntaxError('s'), AttributeError('a'), NameError('n'),
          KeyboardInterrupt(), BaseException(), UnicodeError(), StopAsyncIteration()]:
    print(type(e).__name__, sys.getsizeof(e))
class Mine(Exception):
    pass
class Slotted(Exception):
    __slots__ = ('a',)
print(sys.getsizeof(Mine()), sys.getsizeof(Slotted()))
m = Mine()
m.extra = 1
print(sys.getsizeof(m))

# slice objects: slice(), their attributes (the very objects given), indices() clamping exactly, repr, equality and ordering, unhashable in 3.11, gc tracked, size
import sys, gc
a = [1]
s = slice(a, 'x')
print(s.start is a, s.stop, s.step, s, slice(5), slice(1, 2, 3), sys.getsizeof(s), gc.is_tracked(s))
print(slice(None, 5).indices(3), slice(-100, 100).indices(10), slice(10**30, -10**30, -1).indices(5), slice(2, None, -2).indices(9))
print(slice(0, 0).indices(0), slice(None, None, 10**20).indices(4), slice(3, 1).indices(10), slice(-1, -5, -1).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) < slice(2), slice(1, 2) <= slice(1, 2), slice(0) == (None, 0, None))
print(list(range(10))[slice(2, 8, 3)], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(-2, None)], b'xyz'[slice(1, None)])
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3][Idx():], slice(Idx()).indices(7), 'hello'[Idx():Idx()], range(10)[slice(Idx(), None, Idx())])
for bad in [lambda: hash(slice(1)), lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(5),
            lambda: slice(1.5).indices(3), lambda: slice(1).indices(-1), lambda: slice(1).indices('a'), lambda: [1][1.5:],
            lambda: {slice(1): 2}, lambda: slice(start=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

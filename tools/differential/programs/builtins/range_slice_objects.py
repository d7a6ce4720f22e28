# range and slice objects: len/index/count/contains/slicing/equality of ranges, slice.indices, sizes, repr
import sys, gc
r = range(2, 20, 3)
print(r, len(r), r[1], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(11), r.count(8), list(r))
print(r.start, r.stop, r.step, range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2)[100:], range(10**20)[10**19])
print(sys.getsizeof(r), sys.getsizeof(range(10**30)), gc.is_tracked(r), bool(range(0)), list(range(5, 0, -2)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, 5), s.indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(sys.getsizeof(s), gc.is_tracked(s), s == slice(1, 10, 2), [0, 1, 2, 3, 4, 5][s], 'abcdef'[slice(None, None, -2)])
print(repr(range(-5, 5, 2)), reversed(range(3)).__length_hint__(), range(3)[-3], range(10)[2:8:3])

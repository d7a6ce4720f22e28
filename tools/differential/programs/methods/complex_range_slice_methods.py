# complex attributes/conjugate, range.count/index on big ranges, slice.indices clamping, and equality/hash of ranges
import sys
c = complex(3, -4)
print(c.real, c.imag, c.conjugate(), abs(c), c.conjugate().conjugate() == c, sys.getsizeof(c), type(c.real).__name__)
r = range(0, 10**20, 7)
print(r.count(14), r.count(15), r.index(70), 10**19 in r, r[-1], len(range(-3, 3)), range(3).index(2))
print(range(0, 3) == range(0, 3, 1), range(0) == range(1, 1), hash(range(3)) == hash(range(0, 3)), range(1, 2) != range(1, 3))
for s in [slice(None), slice(2, None, 3), slice(-100, 100), slice(5, 1, -1), slice(None, None, -2)]:
    print(s, s.indices(7), len(range(*s.indices(7))))
print(slice(1, 2) == slice(1, 2), slice(1, [2]).stop, slice('a', 'b').start)

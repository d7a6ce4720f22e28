# range construction through __index__, and the messages of its errors: bad argument types and counts, zero step, index, count and subscripts
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
r = range(Idx(2), Idx(12), Idx(3))
print(r, list(r), r[Idx(1)], r[Idx(-1)], r.index(8), r.count(Idx(5)), Idx(5) in r)
print(range(True), range(False, True), 5.0 in range(10), range(10).index(5.0), range(10).count(2.0), 'a' in range(3))
for bad in [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1.5), lambda: range('3'), lambda: range(1, 5, 0),
            lambda: range(3)[3], lambda: range(3)[-4], lambda: range(3)['x'], lambda: range(3)[1.0], lambda: range(3).index(7),
            lambda: range(3).index('a'), lambda: range(3).count(), lambda: range(x=3), lambda: range(0, 1, 1.0)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

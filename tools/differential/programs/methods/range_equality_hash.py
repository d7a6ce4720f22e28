# range equality compares the values (length, first, step), hash follows the same (len, start, step) tuple, so equal ranges are one dict key
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 2) == range(1, 10, 100), range(0, 4, 2) == range(0, 3, 2))
print(range(3) != range(4), range(3) == [0, 1, 2], range(5, 1) == range(7, 7, -1))
print(hash(range(0)) == hash(range(9, 3)), hash(range(3)) == hash(range(0, 3, 1)), hash(range(4, 5)) == hash(range(4, 99, 1000)))
print(hash(range(3)) == hash((3, 0, 1)), hash(range(0)) == hash((0, None, None)), hash(range(7, 8)) == hash((1, 7, None)))
d = {range(3): 'a', range(0): 'empty'}
d[range(0, 3)] = 'b'
d[range(10, 5)] = 'c'
print(len(d), d[range(3)], d[range(2, 2)], range(0, 3, 1) in d, range(1, 4) in d)
s = {range(1, 2), range(1, 3, 5), range(1, 2, 9), range(2)}
print(len(s), sorted(len(x) for x in s))
r = range(2, 30, 4)
print(r.start, r.stop, r.step, r[1:4], r[::-1], r[-2:], r[10:], list(reversed(r)), reversed(r).__length_hint__())

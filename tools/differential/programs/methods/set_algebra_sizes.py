# set algebra: sizes and item order of union/intersection/difference/symmetric_difference results and in-place updates, as setobject.c builds them
import sys, gc
big = set(range(40))
small = {3, 5, 100}
for r in [big | small, small | big, big & small, small & big, big - small, small - big, big ^ small, small ^ big]:
    print(sys.getsizeof(r), len(r), list(r)[:6])
for r in [big.union(), big.union(small, [200, 201]), big.intersection(), big.intersection(range(10), [1, 2, 3]),
          big.difference(), big.difference([1, 2]), big.difference({1}), big.difference({1: 2}), small.difference(range(50)),
          big.symmetric_difference(range(30, 50)), small.symmetric_difference(small)]:
    print(sys.getsizeof(r), len(r), list(r)[:6])
s = set(range(100))
print(sys.getsizeof(s))
s.difference_update(range(70))
print(sys.getsizeof(s), len(s), list(s)[:5])
s.intersection_update(range(90))
print(sys.getsizeof(s), len(s), list(s)[:5])
s -= set(range(75, 80))
print(sys.getsizeof(s), len(s))
s ^= set(range(85, 200))
print(sys.getsizeof(s), len(s))
s &= {1, 2, 3, 86}
print(sys.getsizeof(s), sorted(s))
t = set(range(20))
t.symmetric_difference_update(range(10, 30))
print(sys.getsizeof(t), len(t), list(t)[:8])
print(big.isdisjoint(small), big.isdisjoint([100, 101]), small.isdisjoint(iter([7])), big.issubset(range(50)), small.issuperset([3, 5]), small.issuperset(iter([3, 9])))
x = [1]
key = frozenset([1])
before = sys.getrefcount(key)
u = {key}
v = u | u
w = u.union(u, u)
print(sys.getrefcount(key) - before, v == u, w == u, v is u)
gc.collect()
g0 = gc.get_count()[0]
q = small.union([1])
q2 = small.intersection([3])
print(gc.get_count()[0] - g0)

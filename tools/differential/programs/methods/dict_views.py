# dict views: keys/values/items are live, set operations on keys and items, len/in/reversed, view types and sizes
import sys, gc
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(list(k), list(v), list(it), len(k), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), it & {('b', 2)}, type(k - {'a'}).__name__)
print(k == {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}), it == d.items(), v == v)
print(type(k).__name__, type(v).__name__, type(it).__name__, sys.getsizeof(k), gc.is_tracked(k))
print(list(reversed(k)), list(reversed(it))[:2], k.mapping is not None)
del d['a']
print(list(k), list(it))
e = {}
ek = e.keys()
print(len(ek), list(ek), ek == set(), bool(ek))

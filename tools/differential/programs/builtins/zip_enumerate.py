# zip and enumerate: shortest input wins, start=, the result tuple reused when dropped (gc counts stay flat)
import sys, gc
a = list(range(200))
b = list(range(200, 400))
print(list(zip('ab', [1, 2, 3])), list(zip()), list(zip([1])), list(enumerate('xy', start=5)))
z = zip(a, b)
print(type(z).__name__, sys.getsizeof(z), gc.is_tracked(z))
e = enumerate(a)
print(type(e).__name__, sys.getsizeof(e), next(e), next(e))
gc.collect()
c0 = gc.get_count()[0]
for x, y in zip(a, b):
    pass
print('zip loop', gc.get_count()[0] - c0)
gc.collect()
c0 = gc.get_count()[0]
for i, x in enumerate(a):
    pass
print('enumerate loop', gc.get_count()[0] - c0)
gc.collect()
c0 = gc.get_count()[0]
kept = [t for t in zip(a, b)]
print('zip kept', gc.get_count()[0] - c0, len(kept))
print(dict(zip('abc', range(3))), list(zip(*[(1, 2), (3, 4)])))

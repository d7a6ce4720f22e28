# groupby: an earlier grouper is exhausted once the parent moves on; tee shares 57-value links between its copies
import sys, gc, itertools as it
groups = []
for k, g in it.groupby('aaabbbcca'):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])
g = it.groupby([1, 1, 2, 3, 3], key=lambda v: v % 2)
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print([k for k, _ in it.groupby([])], [(k, len(list(v))) for k, v in it.groupby('abba')])
a, b = it.tee(range(200))
print(sum(a), next(b), next(b))
c = b.__copy__()
print(type(c).__name__, next(c), next(b), list(it.islice(c, 3)))
t = it.tee(a)
print(t[0] is a, list(t[1]))
x, y, z = it.tee('ab', 3)
print(list(x), list(y), list(z))
gc.collect()
print(gc.get_count())

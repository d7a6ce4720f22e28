# itertools objects hold their arguments: refcounts of the held objects, and what an exhausted chain/islice/pairwise lets go of
import sys, itertools as it
x = [1, 2, 3]
print(sys.getrefcount(x))
r = it.repeat(x, 2)
print(sys.getrefcount(x), next(r) is x)
del r
print(sys.getrefcount(x))
c = it.chain(x, x)
print(sys.getrefcount(x))
print(list(c), sys.getrefcount(x))
del c
f = lambda v: v > 1
d = it.dropwhile(f, x)
t = it.takewhile(f, x)
ff = it.filterfalse(f, x)
print(sys.getrefcount(f), list(d), list(t), list(ff), sys.getrefcount(f))
del d, t, ff
print(sys.getrefcount(f))
s = it.islice(x, 1)
print(list(s), sys.getrefcount(x))
p = it.pairwise(x)
print(next(p), sys.getrefcount(x))
print(list(p), sys.getrefcount(x))
sm = it.starmap(max, [x, x])
print(list(sm))
cy = it.cycle(x)
print([next(cy) for i in range(7)], sys.getrefcount(x))
key = 'k'
acc = it.accumulate(x, initial=key)
print(sys.getrefcount(key) - 0 > 0, next(acc) is key)

# tuple count/index, tuple(t) and t[:] returning t, concatenation/repetition building new tuples, sizes
import sys, gc
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(1, 1), t.count('x'))
print(tuple(t) is t, t[:] is t, t[::1] is t, t * 1 is t, t + () is t, () + t is t)
u = t + (4,)
print(u, sys.getsizeof(u), sys.getsizeof(t), sys.getsizeof(()), sys.getsizeof((1,)))
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'k': 1}), len(tuple()), tuple([]) == ())
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(()), t[1:4], t[::-1], len(t * 3))
x = [0]
before = sys.getrefcount(x)
pair = (x, x)
print(sys.getrefcount(x) - before, pair.count(x), pair.index(x))
del pair
print(sys.getrefcount(x) - before)
print((1, 2) < (1, 3), (1, 2) == (1, 2.0), max((3, 1), (2, 9)), hash((1,)) == hash((1,)))

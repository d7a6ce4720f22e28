# functools.cmp_to_key: KeyWrapper objects (size, tracking, refcounts of the wrapped object), comparisons through the cmp function, unhashable, sorting
import functools, sys, gc
def cmp(x, y):
    return (x > y) - (x < y)
K = functools.cmp_to_key(cmp)
k1 = K(3)
print(type(K).__name__, type(k1).__module__, k1.obj, K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1), K(1) != K(2))
for bad in [lambda: hash(k1), lambda: {k1}, lambda: K(1) < 5]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(sorted([3, 1, 2], key=K), sys.getsizeof(K), sys.getsizeof(k1), gc.is_tracked(K), gc.is_tracked(k1))
x = [5, 3]
r = sys.getrefcount(x)
w = K(x)
print(sys.getrefcount(x) - r, w.obj is x)
del w
print(sys.getrefcount(x) - r)
cr = sys.getrefcount(cmp)
keys = [K(i) for i in range(5)]
print(sys.getrefcount(cmp) - cr)
del keys
print(sys.getrefcount(cmp) - cr)
calls = []
def logged(a, b):
    calls.append((a, b))
    return len(a) - len(b)
print(sorted(['ccc', 'a', 'bb'], key=functools.cmp_to_key(logged)), len(calls) > 0)
print(max(['xx', 'y', 'zzz'], key=functools.cmp_to_key(logged)), min([4, 2, 8], key=functools.cmp_to_key(lambda a, b: b - a)))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=functools.cmp_to_key(lambda a, b: a[0] - b[0])))

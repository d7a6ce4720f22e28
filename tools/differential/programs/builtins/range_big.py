# range objects keep their start/stop/step int objects (identity, refcounts) and work exactly past 2**63: len overflows, indexing, slicing, in, index, count
import sys
x = 10 ** 20
r = range(x)
print(r.stop is x, r.start, r.step, sys.getsizeof(r), sys.getsizeof(range(10**40)))
y = 123456
before = sys.getrefcount(y)
rs = [range(y) for _ in range(5)]
print(sys.getrefcount(y) - before)
del rs
print(sys.getrefcount(y) - before)
big = range(-10**20, 10**20, 3)
print(big[0], big[-1], big[10**19], 10**19 + 1 in big, 10**19 + 2 in big, big.index(-10**20 + 3), big.count(5))
print(big[10**18:10**18 + 9:2], big[::-10**19], big[::10**19][:3], bool(big), bool(range(10**20, 0)))
try:
    len(big)
except OverflowError as e:
    print('OverflowError', e)
print(range(2**63 - 1)[-1], len(range(2**62)), list(range(2**64, 2**64 + 3)), list(reversed(range(2**64, 2**64 + 3))))
print(range(0, 10**20, 10**19) == range(0, 10**20 - 1, 10**19), hash(range(10**20)) == hash(range(0, 10**20, 1)))

# heapq keeps the list object and its items: identity, refcounts of pushed items, the list's size as it grows, heap order with ties
import sys, heapq
h = []
x = 'item-x'
heapq.heappush(h, (2, x))
heapq.heappush(h, (1, 'a'))
heapq.heappush(h, (2, 'b'))
heapq.heappush(h, (0, 'z'))
print(h, sys.getsizeof(h), sys.getrefcount(h[2]) if len(h) > 2 else 0)
big = [7, 3, 9, 1, 1, 8, 2, 6, 5, 4]
ids = set(map(id, big))
heapq.heapify(big)
print(big, set(map(id, big)) == ids)
out = [heapq.heappop(big) for _ in range(len(big))]
print(out, big, sys.getsizeof(big))
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'P(%d)' % self.v
ps = [P(v) for v in [5, 2, 8, 1]]
heapq.heapify(ps)
print(ps, heapq.heappop(ps), heapq.heappushpop(ps, P(0)), heapq.heapreplace(ps, P(9)), ps)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heappush([1], 'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.nsmallest(3, [3, 1, 2, 1, 5]), heapq.nlargest(3, 'hello'), heapq.nsmallest(1, []), heapq.nlargest(0, [1]))
r = heapq.nsmallest(2, range(10))
print(r, sys.getsizeof(r), heapq.nlargest(2, [(1, 'b'), (1, 'a')], key=lambda t: t[0]))
print(list(heapq.merge('adg', 'beh', 'cf')), list(heapq.merge([3, 1], [2], reverse=True)), list(heapq.merge([1, 5], [2, 4], key=lambda v: -v)))

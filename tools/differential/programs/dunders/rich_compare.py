# rich comparisons, the reflected fallback, and sorted() using __lt__
import sys
class P:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __le__(self, o): return self.k <= o.k
    def __eq__(self, o): return isinstance(o, P) and self.k == o.k
    def __gt__(self, o): return self.k > o.k
a, b = P(1), P(2)
print(a < b, a <= b, a > b, b >= a, a == P(1), a != P(1), a == 1)
ps = sorted([P(3), P(1), P(2)])
print([p.k for p in ps], max(ps).k, min(ps).k)
print(sys.getrefcount(ps[0]))

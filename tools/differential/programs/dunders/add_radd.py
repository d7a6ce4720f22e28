# __add__ returns a new instance; __radd__ handles int + obj; the operands' refcounts are unchanged after
import sys
class V:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.n)
a = V(1)
b = V(2)
c = a + b
d = 10 + a
e = a + 5
print(c.n, d.n, e.n, sys.getrefcount(a), sys.getrefcount(c))
print(sum([V(1), V(2), V(3)]).n)

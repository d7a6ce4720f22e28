# every binary arithmetic dunder and the unary ones, with the results' sizes
import sys
class N:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return N(self.v - o)
    def __mul__(self, o): return N(self.v * o)
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return self
    def __abs__(self): return N(abs(self.v))
    def __rsub__(self, o): return N(o - self.v)
    def __rmul__(self, o): return N(o * self.v)
x = N(7)
print((x - 2).v, (x * 3).v, (x / 2).v, (x // 2).v, (x % 4).v, (x ** 2).v)
print((-x).v, (+x) is x, abs(N(-3)).v, (10 - x).v, (3 * x).v)
print(sys.getsizeof(x * 2), sys.getrefcount(x))

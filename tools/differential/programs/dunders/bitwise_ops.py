# bitwise dunders, reflected and in-place forms
class B:
    def __init__(self, v): self.v = v
    def __and__(self, o): return B(self.v & o)
    def __or__(self, o): return B(self.v | o)
    def __xor__(self, o): return B(self.v ^ o)
    def __lshift__(self, o): return B(self.v << o)
    def __rshift__(self, o): return B(self.v >> o)
    def __invert__(self): return B(~self.v)
    def __ror__(self, o): return B(o | self.v)
    def __ixor__(self, o):
        self.v ^= o
        return self
b = B(12)
print((b & 10).v, (b | 3).v, (b ^ 5).v, (b << 2).v, (b >> 1).v, (~b).v, (1 | b).v)
same = b
b ^= 1
print(b is same, b.v)

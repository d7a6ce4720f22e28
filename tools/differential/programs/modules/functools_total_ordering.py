# functools.total_ordering fills in the missing comparisons from each root (shared module-level functions), NotImplemented passes through, no root is a ValueError
import functools, sys
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a == V(1), b >= a, b <= V(2))
print(V.__gt__.__name__, V.__gt__.__qualname__, V.__gt__.__doc__)
@functools.total_ordering
class W:
    def __init__(self, v): self.v = v
    def __ge__(self, o): return self.v >= o.v
print(W(3) > W(2), W(1) < W(2), W(2) <= W(2), sorted([W(3), W(1), W(2)])[0].v, V.__le__ is W.__le__)
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        if not isinstance(o, G):
            return NotImplemented
        return self.v > o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4), G.__lt__.__qualname__, G.__ge__.__qualname__)
try:
    G(1) <= 5
except TypeError as e:
    print(e)
try:
    @functools.total_ordering
    class Z:
        pass
except ValueError as e:
    print(e)
class Le:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
Le2 = functools.total_ordering(Le)
print(Le2 is Le, Le(1) < Le(2), Le(2) > Le(1), Le(2) >= Le(3), sorted(n for n in ['__lt__', '__gt__', '__ge__', '__le__'] if n in Le.__dict__))
print(sys.getrefcount(V.__gt__) > 1, type(V.__gt__).__name__, V.__gt__.__module__)

# print uses __str__, repr() and containers use __repr__; str falls back to __repr__
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return 'P(' + repr(self.x) + ')'
class Q(P):
    def __str__(self): return 'Q with ' + str(self.x)
p = P('a')
q = Q(2)
print(p, repr(p), str(p), [p, q])
print(q, repr(q), str(q), {1: q})
print(f'{p} {q} {q!r}')

# defining __eq__ alone sets __hash__ to None; defining both keeps instances hashable
class OnlyEq:
    def __eq__(self, o): return True
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
class Neither: pass
print(OnlyEq.__hash__ is None, '__hash__' in OnlyEq.__dict__, Neither.__hash__ is None)
print(list(OnlyEq.__dict__))
s = {Both(1), Both(1), Both(2)}
print(len(s), hash(Both(5)) == hash(5))
d = {Both(3): 'x'}
print(d[Both(3)])

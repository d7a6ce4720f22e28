# __iadd__ returning self keeps the same object; without __iadd__, += falls back to __add__
import sys
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class Num:
    def __init__(self, n): self.n = n
    def __add__(self, o): return Num(self.n + o)
a = Acc()
keep = a
a += 1
a += 2
print(a is keep, a.items, sys.getrefcount(a))
n = Num(1)
first = n
n += 1
print(n is first, n.n, first.n, sys.getrefcount(first))

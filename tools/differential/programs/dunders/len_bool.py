# truth testing uses __bool__, then __len__; len() uses __len__
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class T:
    def __bool__(self): return False
    def __len__(self): return 5
class Empty: pass
print(len(L(3)), bool(L(0)), bool(L(2)), bool(T()), len(T()), bool(Empty()))
x = L(0)
print('truthy' if x else 'falsy', 'yes' if not T() else 'no')
n = 0
while L(3 - n):
    n += 1
print(n)

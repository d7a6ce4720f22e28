# instances with __hash__/__eq__ as dict keys: lookups by equal objects, refcounts of stored keys
import sys
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return self.k % 7
    def __eq__(self, o): return self.k == o.k
k1 = Key(1)
d = {k1: 'one', Key(8): 'eight'}
print(d[Key(1)], d[Key(8)], Key(15) in d, len(d))
print(sys.getrefcount(k1), sys.getsizeof(d))
d[Key(1)] = 'uno'
print(d[k1], len(d), sys.getrefcount(k1))

# __getitem__/__setitem__/__delitem__ store into an internal dict; refcounts of the values
import sys
class Store:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
s = Store()
v = [1, 2]
s['a'] = v
s['b'] = v
print(s['a'] is v, sys.getrefcount(v), len(s.d))
del s['a']
print(sys.getrefcount(v), list(s.d))
s[3] = 'three'
print(s[3], sys.getsizeof(s.d))

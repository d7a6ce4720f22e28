# property(fget, fset, fdel, doc) called directly, and its doc taken from the getter
class P:
    def get(self):
        "the value"
        return self._v
    def put(self, v):
        self._v = v * 2
    v = property(get, put)
    w = property(get, None, None, 'explicit doc')
p = P()
p.v = 5
print(p.v, p.w, P.v.__doc__, P.w.__doc__)
print(P.v.fget is P.get, P.v.fdel)

# methods take *args and **kwargs after self; a bound method call passes self first
class C:
    def m(self, *args, **kw):
        return type(self).__name__, args, kw
    def n(self, a, /, *, b):
        return a, b
c = C()
print(c.m(), c.m(1, 2, k=3))
print(C.m(c, 9), c.n(1, b=2))
bm = c.m
print(bm(*[1], **{'z': 0}))
print(C.m.__code__.co_varnames)

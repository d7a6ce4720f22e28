# object's own __repr__/__str__/__eq__/__ne__/__hash__/__format__/__setattr__/__getattribute__ reached through super() and object.X(...)
import sys
class A:
    def __repr__(self): return 'A!'
class B(A):
    def __repr__(self): return 'B<' + super().__repr__() + '>'
    def __str__(self): return 's:' + super().__str__()
print(repr(B()), str(B()), object.__str__(B()))
class C:
    def __eq__(self, o): return super().__eq__(o)
    def __ne__(self, o): return super().__ne__(o)
    def __hash__(self): return super().__hash__() * 0 + 1
c = C()
print(c == c, c == 1, c != c, c != 2, hash(c), object.__eq__(c, 1), C.__ne__(c, c))
try:
    object.__format__(c, 'x')
except TypeError as e:
    print(e)
print(object.__repr__(B())[:10], object.__lt__(c, c), c.__le__(1))
print(object.__format__(c, '').split(' object')[0])
class D:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
    def __getattribute__(self, k):
        return super().__getattribute__(k) + 1
d = D()
d.x = 2
print(d.x, object.__getattribute__(d, 'x'), sys.getrefcount(d))

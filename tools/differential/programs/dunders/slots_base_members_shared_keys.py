# a class without __slots__ over a base with members, or with members over a base with a dict: managed dict on shared keys
import sys
def sz(o):
    return sys.getsizeof(vars(o))
class M:
    __slots__ = ('m',)
class N(M):
    pass
n = N()
n.m = 1
n.q = 2
print(sys.getsizeof(n), sz(n), vars(n), n.m)
class B:
    pass
b = B()
b.x = 1
class C(B):
    __slots__ = ('m',)
c = C()
c.x = 1
print(sz(c), sys.getsizeof(c))
c2 = C()
c2.m = 1
c2.q = 2
print(sz(c2), vars(c2))
class O:
    __slots__ = ()
class OD(O):
    pass
od = OD()
print(sys.getsizeof(od), sz(od))

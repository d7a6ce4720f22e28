# __slots__ naming __dict__ (or a base with members) still gives the class cached shared keys and inline values
import sys, gc
def sz(o):
    return sys.getsizeof(vars(o))
class S:
    __slots__ = ('a', 'b', '__dict__')
s = S()
print(sys.getsizeof(s), sz(s))
s2 = S()
s2.x = 1
s2.a = 'a'
print(sz(s2), vars(s2), s2.a)
s3 = S()
s3.y = 1
s3.x = 2
print(sz(s3), list(vars(s3)), sz(s2))
class P:
    __slots__ = ('__dict__',)
p = P()
print(sys.getsizeof(p), sz(p))
class W:
    __slots__ = ('__dict__', '__weakref__')
w = W()
print(sys.getsizeof(w), sz(w))
v = [0]
s4 = S()
s4.a = v
s4.k = v
print(sys.getrefcount(v), len(gc.get_referents(s4)))
d = vars(s4)
print(sys.getrefcount(v), len(gc.get_referents(s4)), d)
del s4.a
del s4.k
print(sys.getrefcount(v), d, sz(s4))

# getattr with a default, hasattr, setattr, delattr, vars and their effect on the instance dict
import sys
class P:
    kind = 'point'
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, 'x'), getattr(p, 'y', 'none'), getattr(p, 'kind'), hasattr(p, 'x'), hasattr(p, 'zz'))
setattr(p, 'y', [2])
print(p.y, vars(p), vars(p) is p.__dict__)
delattr(p, 'x')
print(hasattr(p, 'x'), vars(p), getattr(P, 'kind'))
v = [5]
before = sys.getrefcount(v)
setattr(p, 'v', v)
print(sys.getrefcount(v) - before)
delattr(p, 'v')
print(sys.getrefcount(v) - before)
print(getattr(3, 'real'), getattr('abc', 'upper')(), hasattr([], 'append'), getattr(P, '__name__'))

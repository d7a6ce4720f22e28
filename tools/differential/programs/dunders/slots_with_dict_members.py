# __slots__ with __dict__: members stay in their slots, other names in the dict; sizes, refcounts, deletion, a base with a dict
import sys, gc
class S:
    __slots__ = ('a', 'b', '__dict__')
s = S()
print(vars(s), sys.getsizeof(s))
s.a = [1]
s.x = 'x' * 3
print(vars(s), s.a, s.x, sys.getsizeof(s), sys.getsizeof(vars(s)))
s.b = 2
del s.a
print(vars(s), hasattr(s, 'a'), s.b)
try:
    del s.a
except AttributeError as e:
    print('AttributeError', e)
v = [0]
s.a = v
s.y = v
print(sys.getrefcount(v), len(gc.get_referents(s)))
del s.y
print(sys.getrefcount(v), vars(s))
class B:
    pass
class C(B):
    __slots__ = ('m',)
c = C()
c.m = 1
c.z = 2
print(vars(c), c.m, sys.getsizeof(c), gc.is_tracked(c))
s.cycle = s
gc.collect()
del s
print(gc.collect())

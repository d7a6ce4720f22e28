# collections.namedtuple memory: instances are plain tuples in size (__slots__ = ()), stay tracked, hold their items like a tuple; no __dict__
import sys, gc
from collections import namedtuple
P = namedtuple('P', 'x y')
T3 = namedtuple('T3', ['a', 'b', 'c'])
p = P(1, 2)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), sys.getsizeof(T3(1, 2, 3)), sys.getsizeof((1, 2, 3)), P.__basicsize__, P.__itemsize__)
print(hasattr(p, '__dict__'), P.__slots__, type(p).__mro__, isinstance(p, tuple), type(P.x).__name__, P.x.__doc__)
gc.collect()
print(gc.is_tracked(p), gc.is_tracked((1, 2)), gc.is_tracked(P(1, 2)), len(gc.get_referents(p)), gc.get_referents(p)[0] is P)
item = 'i' * 30
base = sys.getrefcount(item)
q = P(item, item)
print(sys.getrefcount(item) - base, q.x is item)
r = q._replace(y=0)
print(sys.getrefcount(item) - base, r)
d = q._asdict()
print(sys.getrefcount(item) - base, d)
del q, r, d
print(sys.getrefcount(item) - base)
c = P([], None)
c.x.append(c)
del c
print(gc.collect())

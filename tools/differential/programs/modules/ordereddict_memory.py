# collections.OrderedDict memory: its size as nodes and fast-node array grow and clear() frees them, the second reference each key holds, gc referents and tracking
import sys, gc
from collections import OrderedDict
od = OrderedDict()
sizes = [sys.getsizeof(od)]
for i in range(12):
    od[i] = str(i)
    sizes.append(sys.getsizeof(od))
print(sizes)
for i in range(8):
    del od[i]
print(sys.getsizeof(od), len(od), list(od))
od.clear()
print(sys.getsizeof(od), sys.getsizeof(OrderedDict()), sys.getsizeof({}))
od['a'] = 1
print(sys.getsizeof(od), sys.getsizeof(OrderedDict(a=1)), sys.getsizeof(OrderedDict({'a': 1})), sys.getsizeof(OrderedDict([('a', 1)])))
x = OrderedDict.fromkeys('abcdefgh')
print(sys.getsizeof(x), sys.getsizeof(x.copy()), sys.getsizeof(OrderedDict(x)))
x.popitem(), x.popitem(last=False), x.move_to_end('c')
print(sys.getsizeof(x), list(x))
k = 'key' * 10
v = 'val' * 10
bk, bv = sys.getrefcount(k), sys.getrefcount(v)
o = OrderedDict({k: v})
print(sys.getrefcount(k) - bk, sys.getrefcount(v) - bv)
o.move_to_end(k, last=False)
o[k] = v
print(sys.getrefcount(k) - bk, sys.getrefcount(v) - bv)
o.pop(k)
print(sys.getrefcount(k) - bk, sys.getrefcount(v) - bv, o)
o[k] = v; del o
print(sys.getrefcount(k) - bk, sys.getrefcount(v) - bv)
print(gc.is_tracked(OrderedDict()), len(gc.get_referents(OrderedDict(a=[1]))), gc.get_referents(OrderedDict(a=1)), len(gc.get_referents(OrderedDict({1: 2}))))
c = OrderedDict(me=None)
c['me'] = c
del c
print(gc.collect())
it = iter(OrderedDict(a=1, b=2))
print(type(it).__name__, sys.getsizeof(it), gc.is_tracked(it), list(it), list(it))

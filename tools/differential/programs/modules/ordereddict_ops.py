# collections.OrderedDict operations: views and their reprs, reversed, order-aware equality, popitem both ends, move_to_end errors, mutation during iteration, copy/fromkeys/update order
from collections import OrderedDict
o = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
print(o.keys(), o.values(), o.items(), list(reversed(o)), list(reversed(o.keys())) if hasattr(o.keys(), '__reversed__') else ['z', 'y', 'x'])
print(type(o.keys()).__name__, type(o.values()).__name__, type(o.items()).__name__, type(reversed(o)).__name__)
p = OrderedDict([('z', 3), ('x', 1), ('y', 2)])
print(o == p, o != p, dict(o) == dict(p), o == dict(p), dict(p) == o)
o.move_to_end('x')
print(list(o), o.popitem(last=False), o.popitem(True), o)
try:
    o.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex)
m = OrderedDict.fromkeys('cab', 0)
m.update({'d': 1}, e=2)
m.update([('a', 9)])
print(m, m.copy() == m, m.copy() is m, type(m.copy()).__name__)
print(m.setdefault('c', 7), m.setdefault('f', 7), m.pop('c'), m.pop('zz', 'dflt'), list(m))
try:
    for key in m:
        m['new' + key] = 1
except RuntimeError as ex:
    print('RuntimeError', ex)
n = OrderedDict(a=1, b=2)
try:
    for key in n:
        n.move_to_end(key)
except RuntimeError as ex:
    print('RuntimeError', ex)
print(n, repr(OrderedDict()), str(OrderedDict(q=[1, {2: 3}])), len(n), 'a' in n)
r = OrderedDict(a=1)
r['self'] = r
print(r)
print(list(OrderedDict(a=1, b=2).items())[::-1], [k for k in reversed(OrderedDict.fromkeys(range(4)))])

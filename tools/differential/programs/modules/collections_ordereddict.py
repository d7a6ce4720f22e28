# collections.OrderedDict: move_to_end both ways, popitem(last=False), order-sensitive equality, repr
from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
x = OrderedDict([('a', 1), ('b', 2)])
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, dict(x) == dict(y), x == {'b': 2, 'a': 1}, list(reversed(x)), OrderedDict())

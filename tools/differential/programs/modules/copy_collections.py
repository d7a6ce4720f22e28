# copy/deepcopy of sets, frozensets, defaultdict and OrderedDict: types, factories, order, sizes, shared or copied values
import copy, sys
from collections import defaultdict, OrderedDict
s = {1, 2, (3, 4)}
fs = frozenset([1, (2, 3)])
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(fs) is fs, copy.deepcopy(fs) == fs, copy.deepcopy(fs) is fs, type(copy.deepcopy(s)).__name__)
print(sys.getsizeof(copy.copy(set(range(10)))), sys.getsizeof(copy.deepcopy(set(range(10)))))
dd = defaultdict(list)
dd['a'].append([1])
c = copy.copy(dd)
d = copy.deepcopy(dd)
print(type(c).__name__, c.default_factory is list, c['a'] is dd['a'], d['a'] == dd['a'], d['a'] is dd['a'], d['a'][0] is dd['a'][0])
d['new'].append(2)
print(sorted(d), sorted(dd), sys.getsizeof(c) == sys.getsizeof(dd))
od = OrderedDict([('z', [1]), ('a', [2])])
od.move_to_end('z')
oc = copy.copy(od)
odc = copy.deepcopy(od)
print(oc, odc, oc == od, odc['a'] is od['a'], oc['a'] is od['a'], type(odc).__name__, list(odc))
nested = {'od': od, 'same': od}
n2 = copy.deepcopy(nested)
print(n2['od'] is n2['same'], n2['od'] is od, n2['od'] == od)

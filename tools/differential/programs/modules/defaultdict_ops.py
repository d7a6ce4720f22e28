# collections.defaultdict operations: None factory raises KeyError, __missing__ called directly, | keeps the left factory, nested factories, setdefault/pop/get untouched
from collections import defaultdict
d = defaultdict(None, a=1)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
n = defaultdict(lambda: defaultdict(int))
n['x']['y'] += 2
n['x']['z'] -= 1
print(dict(n['x']), len(n), type(n['x']).__name__, 'w' in n)
m = defaultdict(list, {'k': [1]})
print(m.__missing__('new'), m, m.get('nope'), m.setdefault('s', 5), m.pop('s'), len(m))
u = m | {'z': 0}
print(type(u).__name__, u.default_factory is list, u, {'q': 1} | m)
print(defaultdict(int, [('a', 1), ('b', 2)]), defaultdict(str, x='y')['x'], defaultdict(str)['n'] == '')
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
def boom():
    raise ValueError('no default')
b = defaultdict(boom)
try:
    b['k']
except ValueError as e:
    print('ValueError', e, len(b))
c = defaultdict(set)
for w, k in [('a', 1), ('b', 2), ('a', 3)]:
    c[w].add(k)
print(sorted(c.items()), c == {'a': {1, 3}, 'b': {2}}, isinstance(c.copy(), defaultdict))

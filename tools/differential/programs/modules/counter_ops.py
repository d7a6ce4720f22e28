# collections.Counter operations: update/subtract forms, most_common ties and n, elements order, multiset operators and in-place forms, unary +/-, zero-aware equality, repr order
from collections import Counter
c = Counter('mississippi')
print(c, c.most_common(), c.most_common(0), c.most_common(10)[:2], list(c.elements()))
c.update({'m': 2, 'z': 1}, q=3)
c.update(['s', 's'])
c.subtract('ssss')
c.subtract(i=10)
print(c, c.total(), sorted(c.elements()))
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1)
print(x)
x |= Counter(c=7, e=0)
print(x)
x &= Counter(c=3)
print(x, type(x).__name__)
print(Counter(a=0) == Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=2))
print(repr(Counter()), Counter({'b': 1, 'a': 1, 'c': 2}), Counter([3, 1, 3, 2, 1, 3]))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print('TypeError', e)
k = Counter(a=2)
k['a'] -= 1
k['b'] += 1
print(k, k['zz'], 'zz' in k, len(k), k.get('zz'), k.copy() == k, type(k.copy()).__name__)
print(sorted(Counter('the quick brown the lazy the end'.split()).most_common(1)), Counter(x=1.5, y=2) + Counter(x=1))

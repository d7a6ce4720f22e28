# collections.Counter: counting, most_common order (ties keep first-seen order), missing keys, arithmetic, update
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(3), c.most_common(1), len(c))
c.update('aaz')
c.subtract({'b': 5})
print(c, sorted(c.elements())[:6], c.total())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d & e, d | e, -e + d)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), isinstance(c, dict))
print(Counter(), repr(Counter({'x': 0})), dict(Counter('aab')))

# collections.defaultdict: default_factory list/int/set, missing keys inserted, get() does not insert, repr, copy
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups, groups['z'], len(groups), 'q' in groups, groups.get('y'), len(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), counts.default_factory, isinstance(counts, dict))
s = defaultdict(set)
s['k'].add(1)
print(s, defaultdict(), defaultdict(None, {'a': 1}))
c = counts.copy()
print(type(c).__name__, c == counts, c is counts, c.default_factory is int)

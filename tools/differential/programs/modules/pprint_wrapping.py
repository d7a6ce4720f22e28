# pprint wrapping rules: indent, width, depth, compact packing, long strings split at spaces, tuples/sets/frozensets, nested dicts, sort_dicts=False, pp
import pprint
data = {'zeta': list(range(25)), 'alpha': {'inner': ('x' * 20, 'y' * 20, 'z' * 20), 'n': None}, 'mid': {3, 1, 2}, 'fs': frozenset('ab')}
pprint.pprint(data)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=40)
pprint.pprint(list(range(60)), compact=True, width=50)
pprint.pprint([['a' * 10] * 3, ['b' * 10] * 3], compact=True, width=30)
text = 'The quick brown fox jumps over the lazy dog ' * 4
pprint.pprint(text)
pprint.pprint({'k': text, 'l': ['short', text]}, width=60)
pprint.pprint('line one\nline two that is somewhat longer than the rest of them\nend', width=30)
pprint.pprint((1,) * 40)
pprint.pprint(((1, 2),), width=5)
pprint.pprint({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_dicts=False, width=10)
pprint.pp({'b': 1, 'a': [1, 2, 3]}, width=12)
pprint.pprint(set(range(30)), width=40)
pprint.pprint([{}, [], (), set(), '', frozenset()], width=5)

# pprint.pprint and pformat: short structures on one line, long ones wrapped at width 80 with sorted dict keys
import pprint
pprint.pprint([1, 2, 3])
pprint.pprint({'b': 1, 'a': 2})
data = {'name': 'pymem', 'numbers': list(range(30)), 'nested': {'z': [1, 2, {'deep': 'value' * 5}], 'a': ('t',) * 6}}
pprint.pprint(data)
print(pprint.pformat(list(range(40)), width=40))
pprint.pprint(['x' * 30, 'y' * 30, 'z' * 30])
print(pprint.pformat({'k': [1, 2]}, sort_dicts=False), pprint.pformat('short'), pprint.pformat((1,)))
pprint.pprint({'key%d' % i: i for i in range(12)}, width=50, compact=True)

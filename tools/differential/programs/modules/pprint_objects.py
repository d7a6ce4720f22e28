# pprint's helpers: pformat vs repr, saferepr/isreadable/isrecursive, recursive structures, unorderable dict keys, subclasses with their own repr, PrettyPrinter arguments, underscore_numbers
import pprint, sys
print(pprint.pformat({'a': [1, 2]}) == repr({'a': [1, 2]}), pprint.saferepr([1, 'x', (2,)]), pprint.isreadable([1, 2]), pprint.isreadable([object]), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='))
d = {3: 'c', 'b': 2, 1.5: 'f', None: 0, (1,): 't'}
print(pprint.pformat(d))
class L(list):
    pass
class R(list):
    def __repr__(self):
        return 'R!'
print(pprint.pformat(L(range(30)), width=30))
print(pprint.pformat([R(range(30)), R()], width=5))
pp = pprint.PrettyPrinter(indent=2, width=20, compact=True)
print(pp.pformat(list(range(12))), pp.isreadable({1: 2}))
print(pprint.pformat(10 ** 12, underscore_numbers=True), pprint.pformat([123456789], underscore_numbers=True))
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)]:
    try:
        bad()
    except ValueError as e:
        print(e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
pprint.pprint({'x': list(range(30))}, stream=w, width=20)
print(len(w.parts) > 3, ''.join(w.parts).count('\n'), w.parts[-1] == '\n')
s = pprint.pformat(['é' * 30] * 3)
print(len(s), sys.getsizeof(s), type(pprint.PrettyPrinter()).__name__)

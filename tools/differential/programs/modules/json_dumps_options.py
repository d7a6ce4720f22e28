# json.dumps options: indent (int, str, 0), separators, sort_keys, ensure_ascii, skipkeys, default=, allow_nan, non-str keys, tuples, nested empties, the result str's size
import json, sys
obj = {'b': [1, 2.5, None, True, False], 'a': 'é"\n\t\\/', 'n': {'x': -0.0, 'big': 10**20, 'e': []}, 'z': {}}
print(json.dumps(obj, indent=4))
print(json.dumps(obj, indent='\t', sort_keys=True))
print(json.dumps([1, [2, [3, {}]]], indent=0))
print(json.dumps(obj, separators=(',', ':'), ensure_ascii=False), json.dumps(obj, indent=2, separators=(', ', ' = ')) .count('\n'))
print(json.dumps({1: 'i', 2.5: 'f', True: 't', None: 'n', 'k': 's'}), json.dumps({3: 0, 1: 0, 2: 0}, sort_keys=True))
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True), lambda: json.dumps([float('nan')], allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e16, 1e-7, 0.1 + 0.2, 3.0, -0.0]))
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps(range(3), default=list), json.dumps((1, (2, 3))))
print(json.dumps('\x00\x1f\x7f\u2028\U0001f600'), json.dumps('\x00\x7f\u2028\U0001f600', ensure_ascii=False) == '"\\u0000\x7f\u2028\U0001f600"')
s1 = json.dumps({'a': 'x' * 10})
s2 = json.dumps({'a': 'é' * 10}, ensure_ascii=False)
s3 = json.dumps({'a': '\u20ac'}, ensure_ascii=False)
print(len(s1), sys.getsizeof(s1), len(s2), sys.getsizeof(s2), sys.getsizeof(s3), sys.getsizeof(json.dumps('é')))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda p: {'x': p.x, 'y': p.y}, indent=1))

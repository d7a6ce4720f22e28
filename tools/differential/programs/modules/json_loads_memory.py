# json.loads builds lists by append and dicts by setitem (their getsizeof follows growth), shares one key str per loads call, untracked small dicts, new floats, cached small ints
import json, sys, gc
a = json.loads('[{"key1": 1, "name": "xy"}, {"key1": 2, "name": "xy"}]')
k0, k1 = list(a[0])[0], list(a[1])[0]
print(k0 is k1, a[0]['name'] is a[1]['name'], sys.getrefcount(k0))
b = json.loads('[{"key1": 3}]')
print(list(b[0])[0] is k0)
print(sys.getsizeof(a), sys.getsizeof(a[0]), [sys.getsizeof(json.loads('[' + ','.join(['1'] * n) + ']')) for n in range(0, 20)])
print([sys.getsizeof(json.loads('{' + ','.join('"k%d": %d' % (i, i) for i in range(n)) + '}')) for n in range(0, 20)])
print([sys.getsizeof(json.loads(json.dumps(list(range(n))))) for n in (30, 100, 257)])
print(gc.is_tracked(json.loads('{}')), gc.is_tracked(json.loads('{"a": 1}')), gc.is_tracked(json.loads('[]')), gc.is_tracked(json.loads('{"a": []}')), gc.is_tracked(json.loads('[1]')))
s = json.loads('"abc"')
print(sys.getsizeof(s), s is json.loads('"abc"'), json.loads('""') is json.loads('""'), json.loads('5') is json.loads('5'), json.loads('300') is json.loads('300'))
print(sys.getsizeof(json.loads('"\\u00e9\\u00e9"')), sys.getsizeof(json.loads('"\\u20ac"')), sys.getsizeof(json.loads('"\\ud83d\\ude00"')))
print(json.loads('NaN') is json.loads('NaN'), json.loads('1.5') is json.loads('1.5'), sys.getsizeof(json.loads('1e300')), sys.getsizeof(json.loads('123456789012345678901234567890')))
d = json.loads('{"a": 1, "a": 2, "b": 3}')
print(d, len(d), sys.getsizeof(d))
big = json.loads('[' + ','.join('{"id": %d, "tags": ["t%d"]}' % (i, i % 3) for i in range(50)) + ']')
print(len(big), sys.getsizeof(big), sys.getrefcount(list(big[0])[0]) - sys.getrefcount(list(json.loads('{"id": 0}'))[0]))

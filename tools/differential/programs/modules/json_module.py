# json.dumps (separators, indent, sort_keys, escapes) and json.loads back to dicts/lists/floats/None
import json
obj = {'b': [1, 2.5, None, True], 'a': 'é"\n', 'n': {'x': -0.0, 'big': 10**20}}
print(json.dumps(obj))
print(json.dumps(obj, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, {'k': 'v'}], indent=2))
print(json.dumps({'a': 1}, separators=(',', ':')), json.dumps('x'), json.dumps(1e100), json.dumps((1, 2)))
back = json.loads('{"k": [1, 2.0, "s", null, false], "e": 1e3, "u": "\\u00e9"}')
print(back, type(back['e']).__name__, json.loads('[]'), json.loads('3'), json.loads(json.dumps(obj)) == obj)

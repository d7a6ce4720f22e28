# json.loads errors (JSONDecodeError msg/pos/lineno/colno, a ValueError), object_hook, object_pairs_hook, parse_float/parse_int/parse_constant, JSONEncoder subclass with default(), bytes input, round trips
import json, sys
for s in ['', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '{1:2}', '"abc', '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12zz"', '[1] x', '1 2', 'tru', '-', '01', '1.', '.5', '{"a" 1}', '[1 2]', '\n\n  [1,\n x]', '\ufeff[]', '"\\', '"\t"']:
    try:
        print(repr(s), 'OK', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, '|', e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.loads('"\\ud83d\\ude00 \\u00e9\\n\\/\\""'), len(json.loads('"\\ud83d"')), json.loads('[-0, 0.0e0, 1E2, 2.5e-3, -1.5]'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": [1, {"c": 2}]}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.5, 2, 3]', parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 10), json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads(b'{"k": "\xc3\xa9"}'), json.loads('[1, 2]', parse_int=str))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder), SetEncoder(indent=1).encode([{1}]), json.JSONEncoder().encode({'a': (1,)}))
try:
    json.dumps({'x': object()}, cls=SetEncoder)
except TypeError as e:
    print(e)
data = {'list': [1, 2, {'x': None}], 'str': 'ünï', 'f': 1.25, 't': True, 'nested': [[[]]]}
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=3, sort_keys=True)) == data)
dec = json.JSONDecoder()
print(dec.decode(' [1] '), dec.raw_decode('[2] tail'), type(json.JSONDecoder().decode('{}')).__name__)

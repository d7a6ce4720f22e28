# replace with counts (no match returns the same object), removeprefix/removesuffix, maketrans/translate, encode
import sys
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('', '.', 3), s.replace('o', ''), 'aaa'.replace('a', 'aa'))
print(s.replace('zzz', 'y') is s, s.replace('one', 'one') == s, 'x'.replace('x', 'x') == 'x')
print('TestCase'.removeprefix('Test'), 'TestCase'.removesuffix('Case'), 'abc'.removeprefix('x') == 'abc', 'abc'.removeprefix('') is not None)
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'aabbccdd'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}))
print(str.maketrans({'a': '1', 'b': None}), 'abc'.translate(str.maketrans({'a': '1', 'b': None})))
e = 'héllo wörld'.encode()
print(e, type(e).__name__, len(e), sys.getsizeof(e), 'abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('utf-16-le'))
print(e.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), 'x'.encode('utf-8', 'strict'))
print(sys.getsizeof(s.replace('one', 'three')), sys.getsizeof(s.replace('one', 'é')))

# bytes find/rfind/index/count with ints and ranges, startswith tuples, replace with counts, translate/maketrans, errors
b = b'abracadabra'
print(b.find(b'a'), b.find(97), b.find(b'a', 1, 3), b.rfind(b'ra'), b.rfind(b'a', 0, 9), b.count(b'a'), b.count(97), b.count(b''), b.index(b'c'))
print(b.startswith((b'x', b'ab')), b.startswith(b'bra', 1), b.endswith(b'cad', 0, 7), b'a'.startswith(b'', 5), 98 in b, b'cad' in b)
print(b.replace(b'a', b'A', 2), b.replace(b'', b'-', 3), b.replace(b'abra', b''), b'aaa'.replace(b'a', b'aa'))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b.translate(t), b.translate(None, b'a'), b.translate(t, b'r'), b'hello'.removeprefix(b'he'), b'hello'.removesuffix(b'lo'))
print(b'x'.center(6, b'*'), b'x'.center(5), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'-7'.zfill(4), b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(2))
print(b'  x  '.strip(), b'xxhixx'.strip(b'x'), b'\x1cx\x1c'.strip(), b'abc'.lstrip(b'ba'), b'abc'.rstrip(b'cb'))
print(b'\x00\xff'.hex(), b'abcdef'.hex(':', 2), b'abcdef'.hex('-', -4), bytes.fromhex('00 ff 10'), bytes.fromhex(''))
for f in [lambda: b.find('a'), lambda: b.find(256), lambda: b.index(b'z'), lambda: b.startswith('a'), lambda: b.center(3, 'x'),
          lambda: bytes.fromhex('zz'), lambda: b.translate(b'ab'), lambda: bytes.maketrans(b'a', b'bc'), lambda: 'a' in b, lambda: 300 in b]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

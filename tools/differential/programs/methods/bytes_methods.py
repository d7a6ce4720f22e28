# bytes methods: split/join/strip/replace/find/count/startswith, case methods, hex/fromhex, decode, partition; sizes
import sys
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.swapcase(), b.title(), b.split(), b.split(b','), b.replace(b'l', b'L', 2))
print(b.find(b'o'), b.rfind(b'o'), b.count(b'l'), b.index(b'W'), b.startswith(b'  H'), b.endswith((b'x', b'  ')))
print(b'-'.join([b'a', b'b']), b'x'.center(5, b'*'), b'7'.zfill(3), b'ab'.ljust(4), b'abc'.partition(b'b'), b'a\tb'.expandtabs(4))
print(b'abc'.isalpha(), b'123'.isdigit(), b'  '.isspace(), b'Ab'.istitle(), b'ab1'.isalnum(), b'AB'.isupper(), b'\xff'.isascii())
print(b'caf\xc3\xa9'.decode(), b'abc'.hex(), b'abc'.hex('-', 1), bytes.fromhex('4142'), b'a,b,,c'.split(b',', 2), b'x\ny'.splitlines())
s = b'same'
print(s.strip() is s, s.replace(b'z', b'y') is s, s[:] is s, bytes(s) is s, s.lower() is s)
print(sys.getsizeof(b.strip()), sys.getsizeof(b * 10), sys.getsizeof(b''.join([b'ab'] * 20)))
print(b'abc'.translate(bytes.maketrans(b'ab', b'xy')), b'hello'.translate(None, b'l'), b'%s=%d' % (b'k', 5), b'ab'.removeprefix(b'a'))

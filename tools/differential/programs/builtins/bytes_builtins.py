# bytes() and bytearray() constructors, their sizes, bytes(b) returning b itself, and repr escapes
import sys
print(bytes(3), bytes([65, 66, 200]), bytes('é', 'utf-8'), bytes(b'ab'), bytes(range(5)), bytes())
print(bytearray(3), bytearray(b'xy'), bytearray([1, 2]), bytearray('ab', 'ascii'), bytearray())
b = b'hello'
print(bytes(b) is b, sys.getsizeof(b), sys.getsizeof(b''), sys.getsizeof(bytes(100)))
ba = bytearray(b'hello')
print(sys.getsizeof(ba), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(100)), bytearray(ba) is ba)
print(repr(b'\x00\n\t\\\'"'), repr(b"'"), repr(bytes([127, 128, 255])), b'a' * 3, b'ab' + b'cd')
print(b'abc'[1], b'abc'[1:], list(b'hi'), b'b' in b'abc', 98 in b'abc', len(bytes(7)))
print(bytes.fromhex('de ad BE EF'), b'\xde\xad'.hex(), bytearray(b'ab').hex(':'), ba[0], ba[-1:])

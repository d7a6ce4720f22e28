# bytearray mutation: append/extend/insert/pop/remove/reverse/clear, slice assignment, growth of its buffer
import sys
ba = bytearray()
sizes = [sys.getsizeof(ba)]
for i in range(40):
    ba.append(65 + i % 26)
    if sys.getsizeof(ba) != sizes[-1]:
        sizes.append(sys.getsizeof(ba))
print(sizes)
ba = bytearray(b'hello')
ba.extend(b' world')
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('o'))
ba.reverse()
print(ba, len(ba))
ba[0:3] = b'XYZW'
ba[-1] = 33
print(ba, ba.upper(), ba.find(b'W'), ba.count(b'l'), bytes(ba), ba.decode())
c = ba.copy()
print(c == ba, c is ba, ba + b'!', ba * 2 == ba + ba, type(ba[1:3]).__name__)
ba.clear()
print(ba, sys.getsizeof(ba), bytearray(b'abc').hex(), bytearray.fromhex('ff00'), bytearray(b'a b').split())
del c[0:2]
print(c, sys.getsizeof(c) >= len(c))

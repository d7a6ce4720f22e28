# bytearray item and slice assignment and deletion: growth and shrink of the buffer, extended slices, conversion of the assigned value
import sys
g = sys.getsizeof
b = bytearray(b'0123456789')
b[0] = 65
b[-1] = 0x5a
print(b, g(b))
b[2:5] = b'abcdefgh'
print(b, len(b), g(b))
b[2:10] = b''
print(b, len(b), g(b))
b[1:1] = [120, 121, 122]
print(b, g(b))
b[::2] = b'*' * len(b[::2])
print(b)
del b[::3]
print(b, len(b), g(b))
del b[1]
del b[-1]
print(b, g(b))
b[len(b):] = bytearray(b' end')
print(b, g(b))
b[:] = b'short'
print(b, g(b))
b[3:1] = b'XY'
print(b)
b[1:4] = range(65, 68)
print(b)
for bad in [lambda: b.__setitem__(0, 256), lambda: b.__setitem__(slice(0, 1), 'str'), lambda: b.__setitem__(slice(0, 1), 7),
            lambda: b.__setitem__(slice(None, None, 2), b'x'), lambda: b.__getitem__(99), lambda: b.__getitem__('k'),
            lambda: b.__delitem__(99), lambda: b.remove(1), lambda: bytearray().pop(), lambda: b.pop(50), lambda: b.append('a')]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

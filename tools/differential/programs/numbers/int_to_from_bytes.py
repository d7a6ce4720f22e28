# int.to_bytes / int.from_bytes: byte orders, signed, defaults, lists, errors, sizes and cached results
import sys
k5 = 5
for n, size in [(0, 1), (1, 2), (255, 1), (256, 2), (65535, 3), (2**64, 9), (2**100 - 1, 13)]:
    be = n.to_bytes(size, 'big')
    le = n.to_bytes(size, 'little')
    print(n, be, le, int.from_bytes(be, 'big') == n, int.from_bytes(le, 'little') == n, sys.getsizeof(be))
for n in [-1, -128, 127, -129, -2**63]:
    b = n.to_bytes(9, 'big', signed=True)
    print(n, b, int.from_bytes(b, 'big', signed=True), int.from_bytes(b, byteorder='little', signed=True))
print((5).to_bytes(), (0).to_bytes(0, 'big'), int.from_bytes(b''), int.from_bytes([255, 1], 'little'), int.from_bytes(b'\x00\x05') is k5)
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(2, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes([256], 'big'),
          lambda: (-129).to_bytes(1, 'little', signed=True), lambda: (1).to_bytes(0, 'big')]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
x = int.from_bytes(b'\x01' * 16, 'big')
print(x, sys.getsizeof(x), bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)

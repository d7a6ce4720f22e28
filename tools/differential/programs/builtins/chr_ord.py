# chr and ord across ASCII, Latin-1, BMP and astral code points; sizes of the one-character strings
import sys
for cp in [65, 97, 10, 233, 255, 256, 0x263A, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
    c = chr(cp)
    print(cp, repr(c), ord(c), len(c), sys.getsizeof(c))
print(ord(b'a'), ord(bytearray(b'z')), ord('\n'))
print(chr(65) is chr(65), chr(200) is chr(200))
print([chr(i) for i in range(ord('a'), ord('f'))], ''.join(chr(ord(c) + 1) for c in 'HAL'))

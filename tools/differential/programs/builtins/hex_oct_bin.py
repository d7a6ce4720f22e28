# hex, oct and bin of small, negative and big ints, and of objects with __index__; results are new str objects
import sys
for v in [0, 1, 255, -255, 2**31, -2**63, 2**100 + 7]:
    print(hex(v), oct(v), bin(v))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()), hex(True), bin(False))
h = hex(2**64)
print(h, len(h), sys.getsizeof(h), type(h).__name__)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int('0x_ff', 16), int('0b101', 0))
print(format(255, '#x') == hex(255), '%#o' % 8 == oct(8))

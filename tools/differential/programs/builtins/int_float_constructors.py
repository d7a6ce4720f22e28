# int() and float() constructors: bases, prefixes, underscores, whitespace, truncation, identity of exact inputs
import sys
print(int('42'), int(' -17 '), int('ff', 16), int('0x1F', 0), int('0o17', 0), int('0b11', 0), int('z', 36), int('1_000_000'))
print(int(3.99), int(-3.99), int(True), int(), int('  +5\n'), int('10', 2), int(b'12'), int(2.5e20))
x = 10**25
print(int(x) is x, float(1.5) == 1.5, sys.getsizeof(int('9' * 40)))
f = 2.75
print(float(f) is f, float('1e3'), float('-inf'), float('  .5  '), float(7), float(True), float('1_5.2_5'))
print(float(2**1023 + 2**970), float('infinity'), float('-NaN'), float(10**300))
print(int('٣'), float('١.٥'), int('\u0663\u0664'))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 8
print(int(Num()), float(Num()), hex(Num()))

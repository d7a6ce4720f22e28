# round(): banker's rounding of halves, ndigits on floats (correctly rounded), negative ndigits, result types
import sys
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1), type(round(v)).__name__, type(round(v, 1)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(15, -1), round(25, -1))
print(round(1234.5678, -2), round(1234.5678, 3), round(-0.0), round(-0.4), round(0.0, 3))
print(round(2**60 + 1, -5), round(10**30 + 5 * 10**9, -10))
print(round(7), round(True), type(round(True)).__name__)
r = round(12345678901234567890, -3)
print(r, sys.getsizeof(r))
print(round(1e300, -299), round(123.456, 50), round(5e-324, 400))

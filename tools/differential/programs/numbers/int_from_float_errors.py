# int(float) truncation and its errors, round() of floats and ints with ndigits (half to even, correctly rounded), results' types
import sys
for f in [0.0, -0.0, 0.9, -0.9, 2.5, -2.5, 1e15 + 0.5, 1e20, -1.5e300, 2.0**63]:
    i = int(f)
    print(repr(f), i, sys.getsizeof(i))
for f in [float('inf'), float('-inf'), float('nan')]:
    for fn in [int, round]:
        try:
            fn(f)
        except (ValueError, OverflowError) as e:
            print(fn.__name__, type(e).__name__, e)
for x, n in [(2.675, 2), (2.5, 0), (3.5, 0), (-0.5, 0), (1234.5678, -2), (0.125, 2), (1e300, -300), (5e-324, 400), (1.5, None), (12345, -2),
             (-12355, -1), (15, -1), (25, -1), (7, 3), (True, 2), (2**70 + 5, -1)]:
    r = round(x, n)
    print(repr(x), n, repr(r), type(r).__name__)
print(round(0.5), round(1.5), round(-1.5), type(round(2.5)).__name__, round(2.5, None))

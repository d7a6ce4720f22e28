# float.as_integer_ratio and is_integer: exact ratios, sizes of the resulting ints, errors for inf/nan
import sys
k2 = 2
for f in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e22, 1e23, 2.0**-1074, 1e300, -3.0, 123456789.125]:
    n, d = f.as_integer_ratio()
    print(repr(f), f.is_integer(), n, d, n / d == f, sys.getsizeof(n), sys.getsizeof(d))
for f in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(f.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(f.is_integer(), type(e).__name__, e)
r = (2.5).as_integer_ratio()
print(r, type(r).__name__, len(r), r[1] is k2)

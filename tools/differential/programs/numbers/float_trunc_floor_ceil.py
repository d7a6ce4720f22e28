# float __trunc__/__floor__/__ceil__/__round__ and math-free conversions to int: big results, sizes, errors
import sys
for f in [0.5, -0.5, 2.5, -2.5, 3.5, 1e16 + 1, -1e20, 1.7976931348623157e308, 2.0**62, -2.0**62]:
    t = f.__trunc__()
    fl = f.__floor__()
    ce = f.__ceil__()
    print(repr(f), t, fl, ce, f.__round__(), f.__round__(1), sys.getsizeof(t))
for f in [float('inf'), float('-inf'), float('nan')]:
    for name in ['__trunc__', '__floor__', '__ceil__', '__round__', '__int__']:
        try:
            getattr(f, name)()
        except (OverflowError, ValueError) as e:
            print(name, type(e).__name__, e)
print((2.675).__round__(2), (0.125).__round__(2), (-0.0).__round__(), type((1.5).__round__(None)).__name__, (1234.5).__round__(-2))

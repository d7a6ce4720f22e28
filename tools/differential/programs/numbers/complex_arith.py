# complex arithmetic with int/float/complex operands: CPython's division algorithm, signed zeros, reflected forms, errors
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, b / a, a + 1, 1 + a, a * 2.5, 2.5 * a, a - 1.5, 1.5 - a, a / 2, 2 / a)
print((1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / (1e-320 + 1e-320j), (0.5 + 0j) / 3, 1j / 1j, (-1j) / (1j))
print(complex(-0.0, -0.0) + 0, complex(-0.0, -0.0) * 1, -complex(0, 0), +a, a - a, a * 0, (1 + 2j) * (1 - 2j))
x = 2**70
print(a + x, a * True, a == 3 + 4j, a != b, a == (3 + 4j) + 0, (5 + 0j) == 5, (5 + 0j) == 5.0, 2**53 + 1 == complex(2**53 + 1, 0))
for f in [lambda: a / 0, lambda: a / 0j, lambda: a / 0.0, lambda: 1 / 0j, lambda: a // 2, lambda: a % 2, lambda: divmod(a, 2), lambda: a < b,
          lambda: a >= 1, lambda: a + 'x', lambda: abs(complex(1e308, 1e308)), lambda: int(a), lambda: float(a)]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
a += 1
a *= 1j
print(a, abs(3 + 4j), abs(-5j), abs(complex(float('inf'), float('nan'))), abs(0j), type(abs(1j)).__name__)

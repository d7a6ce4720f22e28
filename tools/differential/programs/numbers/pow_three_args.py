# pow(b, e, m): negative modulus gives its sign, negative exponent takes the modular inverse, errors as 3.11
import sys
for b, e, m in [(3, 4, 5), (2, 3, -5), (-2, 3, 5), (-2, 3, -5), (3, -1, 7), (38, -1, 97), (2, -3, -7), (5, 0, 1), (5, 0, -1), (7, 2**100, 10**9 + 7),
                (2**100, 3, 2**64 + 1), (0, 0, 3), (True, 5, 3), (10, -2, 3)]:
    r = pow(b, e, m)
    print(b, e, m, r, type(r).__name__, sys.getsizeof(r))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0), (1j, 2, 3), (0, -1, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, 10, None), pow(2, -1), pow(-8, 1 / 3), pow(0.0, 0), pow(2, 0.5), pow(-1, 2**70 + 1, 10))

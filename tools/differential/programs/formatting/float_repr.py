# repr/str of floats: shortest round-trip digits, exponent switch at 1e16 and 1e-4, inf/nan/-0.0
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e15, 1e16, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        5e-324, 1.7976931348623157e308, 2.5e-300, 100.0, 1.5, -0.0, 0.0, 1e22, 1e23, 9007199254740993.0,
        3.141592653589793, 2.0**0.5, 1.1 * 3, 4.35 * 100, 0.3 - 0.1]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print([1.0, 2.5, 1e100], (0.5,), {1.25: 2.0})
print(float('1.000000000000000111'), float('0.30000000000000004'), float(' 12 '), float('-1E3'), float('1_0.5'))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023, 10.0 ** -320)
print(int(1e20), int(-2.9), int(2.9), float(2**53 + 1), float(10**20))
print(7.0 // 2, 7.0 % 2, -7.0 % 2, 7.0 % -2, divmod(7.5, 2), divmod(-7.5, 2))

# complex repr/str: '2j' only for a +0.0 real part, signed zeros, inf/nan parts, repr digits without '.0', exponents
vals = [1 + 2j, 2j, -2j, 0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1.5, 0), complex(1e16, 1e-7),
        complex(1e20, 1e-20), complex(float('inf'), 1), complex(1, float('-inf')), complex(float('nan'), float('nan')), 0.1 + 0.2j,
        complex(123456789012345678, -1), 1e300 * 1j, complex(2.0, 3.0), -(1 + 1j), 3j - 3j]
for v in vals:
    print(repr(v), str(v), v)
print([1j, (1 + 1j)], (2j,), {'k': -1j})

# repr/str of complex numbers: signs, zero parts, -0.0 parts, inf/nan parts, arithmetic results
vals = [1 + 2j, 1 - 2j, 2j, -2j, 0j, complex(0, -0.0), complex(-0.0, 0), complex(1.5, 0), complex(1e20, 1e-20),
        (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1j) ** 2, abs(3 + 4j), complex('1+2j'), complex(' 3j '),
        complex(float('inf'), float('nan')), -(1 + 1j), (2 + 0j) ** 0.5]
for v in vals:
    print(repr(v), str(v))
c = 3 + 4j
print(c.real, c.imag, c.conjugate(), type(c.real).__name__, c == complex(3, 4), c != 3, 1 + 0j == 1)
print([1j, 2 + 0j], (0.5j,), complex(2), complex(2.5, -1))

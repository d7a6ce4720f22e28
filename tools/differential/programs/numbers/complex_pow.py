# complex ** : c_powi for integral exponents up to 100, the polar formula otherwise, 0 ** negative, overflow, float ** non-integral
z = 1 + 1j
print(z ** 2, z ** 3, z ** -1, z ** 0, z ** 100, z ** 0.5, z ** z, 2 ** z, 1j ** 2, (-1) ** 0.5, (-8.0) ** (1 / 3))
print(0j ** 0, 0j ** 2, (2 + 0j) ** 0.0, pow(1j, 3), pow(z, 2), 1j ** -2, (1e-5j) ** 40)
for f in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1e200 + 1e200j) ** 3, lambda: 0.0 ** (-1 + 0j), lambda: pow(1j, 2, 3), lambda: (1e300j) ** 2.5]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)

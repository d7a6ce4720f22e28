# powers with negative bases and exponents
print(2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(10 ** -3, 0 ** 0, (-1) ** 101)
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))

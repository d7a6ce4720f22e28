# comparisons between ints and floats are exact
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 + 0.2 == 0.3)
print(10 ** 20 > 1e19, 10 ** 400 > 1e308, -10 ** 400 < -1e308)

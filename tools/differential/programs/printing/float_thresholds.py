# the exponent threshold exactly: 1e16 and values just around it
print(9999999999999998.0, 1e16 - 2, 1e16 + 2)
print(0.0001, 0.00009999, 1e-4 / 10)
print(float(10 ** 16), float(10 ** 15))

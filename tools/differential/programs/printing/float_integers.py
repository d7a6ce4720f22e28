# floats holding integer values
print(float(10), float(-3), float(2 ** 53), float(2 ** 53 + 1))
print(1e5, 12345678.0, 1234567890123456.0)
print(float('1e3'), float('  2.5  '))

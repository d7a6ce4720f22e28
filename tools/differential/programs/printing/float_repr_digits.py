# floats that need 17 significant digits
print(0.3, 0.30000000000000004, 2 ** 0.5)
print(9007199254740993.0, 4.35, 2.675)
print(1e23, 9.999999999999999e22)

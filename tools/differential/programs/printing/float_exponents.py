# floats switch to exponent notation at 1e16 and below 1e-4
print(1e15, 1e16, 1e17)
print(123456789012345678.0)
print(0.0001, 0.00001, 1e-7)
print(1.5e300, 2.5e-300)

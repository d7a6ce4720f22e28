# floats whose repr shows binary rounding
print(0.1 + 0.2)
print(1.1 * 3)
print(0.1 * 3, 0.7 + 0.1)
print(1 - 0.9)

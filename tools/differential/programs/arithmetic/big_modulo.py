# modulo and floor division with big negative operands
n = 10 ** 30
print(n % 7, -n % 7, n // -7, -n // -7)
print((2 ** 127 - 1) % 1000003)

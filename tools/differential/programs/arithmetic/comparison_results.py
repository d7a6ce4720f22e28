# comparison operators on mixed numbers
a = 3
b = 3.0
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(-1 < 0, 2 ** 64 > 2 ** 63, 1e-9 > 0)

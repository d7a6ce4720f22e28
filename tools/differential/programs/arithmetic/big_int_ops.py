# arbitrary precision arithmetic
a = 2 ** 200 + 1
b = 3 ** 100
print(a + b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)

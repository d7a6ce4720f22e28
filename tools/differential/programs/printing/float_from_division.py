# true division always gives a float
print(10 / 5, 7 / 2, -7 / 2, 1 / 8)
print(2 ** 64 / 3)
print(10 ** 30 / 10 ** 10)

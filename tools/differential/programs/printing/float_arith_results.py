# results of float arithmetic printed with repr
print(3 * 0.1, 0.1 * 0.1, 1 / 10 + 2 / 10, 100 * 1.1)
print(2 / 3 * 3, 1e10 / 3, 7.0 // 0.1, 7.0 % 0.1)

# ints and floats mix into floats
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 3.0)
print(7 // 2.0, 7 % 2.0, -7 // 2.0)

# true division of ints and big ints
print(1 / 2, 10 / 4, -9 / 2)
print(10 ** 400 / 10 ** 399)
print(2 ** 100 / 2 ** 99)

# str and repr of ints, negative and big
print(0, -0, 7, -42, 10 ** 20, -(2 ** 100))
print(repr(123), str(-5))
print(2 ** 200)

# ZeroDivisionError raising zero to a negative power
print(0 ** 2)
print(0.0 ** -1)

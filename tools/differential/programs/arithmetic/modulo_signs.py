# the result of % has the sign of the divisor
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 % 2, -7.5 % 2, 5 % 0.5)

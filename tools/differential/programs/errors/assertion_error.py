# AssertionError from a failing assert
x = 3
assert x == 3
print('first assert passed')
assert x == 4

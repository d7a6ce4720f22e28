# sets of small ints print in hash order
print({5, 3, 1, 4, 2})
print(set([10, 2, 33, 4]))
print({-1, -2, 0})

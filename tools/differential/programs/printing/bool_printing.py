# printing booleans and comparisons
print(True, False, 1 == 1, 1 < 0)
print(True + True, repr(False), str(True))
print([1 == 1, None is None])

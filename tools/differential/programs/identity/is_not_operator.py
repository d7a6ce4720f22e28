# is not on distinct and identical objects
a = []
b = []
print(a is not b, a is not a)
one = 1
print(None is not None, one is not None)

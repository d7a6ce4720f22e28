# KeyError from set.remove of a missing item
s = {1, 2}
s.remove(1)
print(s)
s.remove(1)

# repr of range objects and lists made from them
print(range(5), range(1, 10, 2), range(0))
print(list(range(5, 0, -1)))

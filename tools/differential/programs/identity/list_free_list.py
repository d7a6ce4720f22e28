# a freed list object is reused by the next list
a = [1, 2]
i = id(a)
del a
b = [3]
print(id(b) == i)

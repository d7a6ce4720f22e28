# a freed dict object is reused by the next dict
d = {'a': 1}
i = id(d)
del d
e = {}
print(id(e) == i)

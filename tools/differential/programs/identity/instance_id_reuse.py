# a freed instance's memory is reused by the next instance of the same size
class C:
    pass
a = C()
i = id(a)
del a
b = C()
print(id(b) == i)

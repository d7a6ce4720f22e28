# type() returns the class object itself
class C:
    pass
class D(C):
    pass
o = D()
print(type(o) is D, type(o) is C, isinstance(o, C))
print(type(1) is int, type('') is str, type([]) is list)

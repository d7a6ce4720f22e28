# AttributeError for a missing instance attribute
class C:
    pass
o = C()
o.a = 1
print(o.a)
print(o.b)

# attribute access by name
class C:
    pass
o = C()
print(hasattr(o, 'x'))
setattr(o, 'x', 5)
print(hasattr(o, 'x'), getattr(o, 'x'), getattr(o, 'y', 'default'))

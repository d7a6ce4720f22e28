# in and count use identity before equality
class C:
    pass
o = C()
p = C()
l = [o, o, p]
print(o in l, l.count(o), l.index(p))

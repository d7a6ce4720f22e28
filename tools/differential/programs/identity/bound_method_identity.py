# each attribute access makes a new bound method; the freed one's id is reused
class C:
    def m(self):
        return 1
o = C()
print(o.m is o.m)
print(id(o.m) == id(o.m))
print(o.m == o.m)

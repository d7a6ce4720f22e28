# shared keys filling up: instances that store unshared names get their own combined dicts
import sys
class C:
    pass
made = [C() for i in range(40)]
a = made[-1]
a.x = 1
a.y = 2
a.z = 3
b = C()
b.x = 1
b.y = 5
c = C()
c.q = 9
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__), sys.getsizeof(c.__dict__))
print(a.x, a.y, a.z, b.y, c.q, sorted(vars(a)), sorted(vars(b)))
d = made[0]
d.__dict__
d.x = 7
d.w = 8
print(sys.getsizeof(d.__dict__), d.w)
class D:
    def __init__(self, i):
        self.i = i
        self.j = i
ds = [D(i) for i in range(50)]
ds[3].k = 1
print(sys.getsizeof(ds[3].__dict__), sys.getsizeof(ds[4].__dict__), ds[3].k)

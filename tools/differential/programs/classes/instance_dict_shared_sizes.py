# instance __dict__ sizes on a class's shared keys: each new instance takes a slot, new names join the keys, 30 names at most
import sys, gc
def sz(o):
    return sys.getsizeof(vars(o))
class A:
    pass
a = A()
print(sys.getsizeof(a), sz(a))
class B:
    def __init__(self):
        self.x = 1
        self.y = 2
b1 = B()
b2 = B()
print(sz(b1), sz(b2), sys.getsizeof(b1))
b1.z = 3
print(sz(b1), sz(b2))
b3 = B()
print(sz(b3))
del b2.x
print(sz(b2), vars(b2))
b4 = B()
print(sz(b4))
class E:
    pass
e = E()
sizes = []
for i in range(32):
    setattr(e, 'a%d' % i, i)
    sizes.append(sz(e))
print(sizes)
e2 = E()
print(sz(e2), len(vars(e2)))
e3 = E()
e3.a31 = 1
print(sz(e3))
gc.collect()
print(gc.get_count()[0] < 5)

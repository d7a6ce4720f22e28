# an instance's attributes keep their insertion order in the inline values (not the order of the shared keys)
import sys, gc
class A:
    pass
a1 = A()
a1.x = 1
a1.y = 2
a1.z = 3
a2 = A()
a2.z = 'z'
a2.y = 'y'
a2.x = 'x'
print(list(vars(a2)), list(vars(a1)))
a3 = A()
a3.y = 1
a3.x = 2
del a3.y
a3.y = 3
print(vars(a3))
a4 = A()
a4.w = [4]
a4.x = [5]
print(len(gc.get_referents(a4)), sys.getrefcount(a4.w))
d = vars(a4)
print(list(d), d, len(gc.get_referents(a4)), gc.is_tracked(d))
a4.v = 6
print(list(d))
a5 = A()
a5.z = 0
a5.q = 1
print(a5.__dict__, sys.getsizeof(a5.__dict__))

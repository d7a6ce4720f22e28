# two instances in a cycle after their __dict__ was materialised: 4 objects
import gc
gc.collect()
class C:
    pass
a = C()
b = C()
a.other = b
b.other = a
print(len(a.__dict__), len(b.__dict__))
del a, b
print(gc.collect())

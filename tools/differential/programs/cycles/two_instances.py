# two plain instances in a cycle: 2 objects (no dict objects in 3.11)
import gc
gc.collect()
class C:
    pass
a = C()
b = C()
a.other = b
b.other = a
del a, b
print(gc.collect())

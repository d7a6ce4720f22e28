# a cycle through a set and an instance
import gc
gc.collect()
class C:
    pass
s = set()
o = C()
o.s = s
s.add(o)
del s, o
print(gc.collect())

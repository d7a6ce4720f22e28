# an instance referencing itself, its dict never materialised: 1 object
import gc
gc.collect()
class C:
    pass
o = C()
o.me = o
del o
print(gc.collect())

# a weakref to a cycle member is dead after collect()
import gc
gc.collect()
import weakref
class C:
    pass
a = C()
b = C()
a.b = b
b.a = a
ra = weakref.ref(a)
del a, b
print(ra() is None)
print(gc.collect())
print(ra() is None)

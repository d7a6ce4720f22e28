# instance allocation and deallocation move count0 by one each
import gc
class C:
    pass
gc.collect()
a = C()
b = C()
print(gc.get_count())
del a
print(gc.get_count())

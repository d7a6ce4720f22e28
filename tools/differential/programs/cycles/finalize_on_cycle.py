# weakref.finalize runs when its object is collected as part of a cycle
import gc
gc.collect()
import weakref
class C:
    pass
a = C()
a.me = a
weakref.finalize(a, print, 'finalized')
del a
print('before')
print(gc.collect())
print('after')

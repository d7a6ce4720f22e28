# a weakref with callback to cyclic garbage: the callback runs during collection
import gc
gc.collect()
import weakref
class C:
    pass
def cb(ref):
    print('callback', ref() is None)
o = C()
o.me = o
r = weakref.ref(o, cb)
del o
print(gc.collect())
print(r() is None)

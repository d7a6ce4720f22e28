# in GC death the weakref callback runs before __del__
import gc
gc.collect()
import weakref
class D:
    def __del__(self):
        print('__del__, weakref dead:', r() is None)
def cb(ref):
    print('callback')
d = D()
d.me = d
r = weakref.ref(d, cb)
del d
print(gc.collect())

# classes are weakly referenceable; the weakref dies when the collector frees the class
import gc, weakref, sys
gc.collect()
class K: pass
r = weakref.ref(K)
print(r() is K, sys.getrefcount(K))
del K
print(r() is not None)
print(gc.collect())
print(r() is None)

# deleting a subclass frees three objects; the base survives until it too is deleted
import gc
gc.collect()
class A: pass
class B(A): pass
del B
print(gc.collect())
del A
print(gc.collect())

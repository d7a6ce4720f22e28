# deleting a bare class frees six objects in a cycle: type, dict, MRO, bases, two descriptors
import gc
gc.collect()
class K: pass
del K
print(gc.collect())
print(gc.collect())

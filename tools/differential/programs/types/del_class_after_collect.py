# a collection while the class lives untracks its bases tuple, so deleting it frees one object fewer
import gc
gc.collect()
class K: pass
gc.collect()
del K
print(gc.collect())

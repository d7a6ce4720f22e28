# without DEBUG_SAVEALL gc.garbage stays empty
import gc
l = []
l.append(l)
del l
gc.collect()
print(gc.garbage)

# gc.callbacks get start and stop with the generation and counts
import gc
gc.collect()
def cb(phase, info):
    print(phase, info)
gc.callbacks.append(cb)
l = []
l.append(l)
del l
print(gc.collect())
gc.callbacks.remove(cb)
print(gc.collect())

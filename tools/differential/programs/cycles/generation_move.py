# a cycle that survived a gen0 collection is in gen1: collect(0) misses it, collect(1) finds it
import gc
gc.collect()
l = []
l.append(l)
print(gc.collect(0))
del l
print(gc.collect(0))
print(gc.collect(1))

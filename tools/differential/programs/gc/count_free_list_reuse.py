# a list freed to the free list and reused does not move count0
import gc
gc.collect()
for i in range(5):
    l = [i]
    del l
    print(gc.get_count())

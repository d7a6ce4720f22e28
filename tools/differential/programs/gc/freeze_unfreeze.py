# freeze moves everything to the permanent generation and zeroes the counts
import gc
gc.collect()
x = [[] for i in range(5)]
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count())

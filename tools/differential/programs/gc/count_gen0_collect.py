# collect(0) resets count0 and bumps count1
import gc
gc.collect()
gc.collect(0)
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())

# counts after collect(1): count2 goes up by one
import gc
gc.collect()
gc.collect(0)
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect(2)
print(gc.get_count())

# collect() with nothing to free returns 0
import gc
gc.collect()
x = [1, 2, 3]
print(gc.collect())
print(gc.collect(0))
print(gc.collect(1))
print(gc.collect(2))

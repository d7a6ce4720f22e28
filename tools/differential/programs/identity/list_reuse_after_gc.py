# a full collection empties the list free list; the next list is a fresh allocation
import gc
a = [1]
del a
gc.collect()
b = [2]
c = [3]
print(b is c, b == c)
print(gc.is_tracked(b))

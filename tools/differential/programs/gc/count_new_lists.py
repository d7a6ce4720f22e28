# each new list allocation adds 1 to count0 (after a full collection empties the free lists)
import gc
gc.collect()
a = []
b = []
c = [a, b]
print(gc.get_count())

# count0 step by step as lists are created and kept
import gc
gc.collect()
keep = []
for i in range(8):
    keep.append([i])
    print(gc.get_count())

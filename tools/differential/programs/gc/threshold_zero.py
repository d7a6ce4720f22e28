# threshold0 = 0 disables automatic collection; counts keep growing
import gc
gc.collect()
gc.set_threshold(0)
keep = []
for i in range(1000):
    keep.append([])
print(gc.get_count())
gc.set_threshold(700, 10, 10)

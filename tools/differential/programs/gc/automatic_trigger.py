# with threshold 10 the collector runs inside the 11th allocation
import gc
gc.collect()
gc.set_threshold(10)
keep = []
for i in range(25):
    keep.append([])
    print(i, gc.get_count())
gc.set_threshold(700, 10, 10)

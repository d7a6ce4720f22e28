# a dict becomes tracked when it stores a container; only a full collection untracks it
import gc
gc.collect()
d = {'a': 1}
print(gc.is_tracked(d))
d['b'] = []
print(gc.is_tracked(d))
d['b'] = 2
print(gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect(2)
print(gc.is_tracked(d))

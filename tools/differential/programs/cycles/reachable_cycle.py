# a cycle reachable from a global is kept; after del it is collected
import gc
gc.collect()
a = []
a.append(a)
print(gc.collect())
print(len(a))
del a
print(gc.collect())

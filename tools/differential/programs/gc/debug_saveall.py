# DEBUG_SAVEALL keeps collected objects in gc.garbage
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
print(len(gc.garbage), [type(x).__name__ for x in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print(gc.get_debug())

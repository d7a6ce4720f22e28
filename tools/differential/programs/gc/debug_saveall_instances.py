# DEBUG_SAVEALL with instances: the garbage list keeps them alive
import gc
class N:
    pass
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = N()
b = N()
a.b = b
b.a = a
del a, b
print(gc.collect())
print([type(x).__name__ for x in gc.garbage])
gc.set_debug(0)

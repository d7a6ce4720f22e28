# collect(1) counts the garbage of generations 0 and 1
import gc
gc.collect()
a = []
a.append(a)
gc.collect(0)
b = []
b.append(b)
del a, b
print(gc.collect(1))

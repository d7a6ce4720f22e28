# collect(2) finds cycles left in every generation
import gc
gc.collect()
a = []
a.append(a)
gc.collect(0)
b = []
b.append(b)
gc.collect(0)
gc.collect(1)
c = []
c.append(c)
del a, b, c
print(gc.collect(2))

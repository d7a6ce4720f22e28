# fifty independent self-loops
import gc
gc.collect()
for i in range(50):
    l = [i]
    l.append(l)
del l
print(gc.collect())

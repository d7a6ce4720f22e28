# a cycle through a tuple and a list
import gc
gc.collect()
l = []
t = (l, 1)
l.append(t)
del l, t
print(gc.collect())

# an error after gc output: what was printed stays
import gc
gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
print(l)

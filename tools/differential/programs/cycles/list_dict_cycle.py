# a list and a dict in a cycle
import gc
gc.collect()
d = {}
l = [d]
d['l'] = l
del d, l
print(gc.collect())

# garbage and live objects linked one way: only the garbage is collected
import gc
gc.collect()
live = []
g = [live]
g.append(g)
del g
print(gc.collect(), len(live))

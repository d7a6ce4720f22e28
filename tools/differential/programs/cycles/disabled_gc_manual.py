# with gc disabled, cycles stay until an explicit collect()
import gc
gc.collect()
gc.disable()
for i in range(2000):
    l = []
    l.append(l)
del l
print(gc.isenabled())
print(gc.collect())
gc.enable()

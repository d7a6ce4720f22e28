# disable and enable the automatic collector
import gc
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()

# the default thresholds and enabled state
import gc
print(gc.get_threshold())
print(gc.isenabled())
print(gc.get_debug())

# gc.collect() called from a callback returns 0 (already collecting)
import gc
results = []
def cb(phase, info):
    if phase == 'start':
        results.append(gc.collect())
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(results)

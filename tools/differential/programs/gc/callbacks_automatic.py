# callbacks also run for automatic collections, with their generation
import gc
gc.collect()
log = []
def cb(phase, info):
    if phase == 'stop':
        log.append(info['generation'])
gc.callbacks.append(cb)
gc.set_threshold(20)
keep = []
for i in range(100):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(log)

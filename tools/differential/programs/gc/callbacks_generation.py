# callbacks report which generation is collected
import gc
gc.collect()
def cb(phase, info):
    if phase == 'stop':
        print(info['generation'], info['collected'], info['uncollectable'])
gc.callbacks.append(cb)
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.callbacks.clear()

# a saved exception, its traceback and the frame form a cycle with a __del__ object; collected once
import gc
class Probe:
    def __del__(self):
        print('Probe __del__')
def keep():
    p = Probe()
    try:
        raise ValueError('v')
    except ValueError as e:
        saved = e
    return None
gc.collect()
keep()
print('no refcount freeing')
n = gc.collect()
print('collected', n)
print(gc.collect())

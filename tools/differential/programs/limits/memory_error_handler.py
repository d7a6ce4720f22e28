# a MemoryError caught deep in calls: the frames it unwound release what they held
import gc
import sys
payload = ['x'] * 3
def grow(n, held):
    keep = held
    if n == 0:
        return [keep] * 10**10
    return grow(n - 1, held)
try:
    grow(20, payload)
except MemoryError as e:
    print('caught', type(e).__name__, sys.getrefcount(payload))
    tb_depth = 0
    tb = e.__traceback__
    while tb is not None:
        tb_depth += 1
        tb = tb.tb_next
    print('traceback entries', tb_depth)
print(sys.getrefcount(payload))
gc.collect()
print(gc.get_count())

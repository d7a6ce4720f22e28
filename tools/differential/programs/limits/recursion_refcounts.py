# refcounts and gc counts after a RecursionError unwinds frames that held the same objects
import gc
import sys
sys.setrecursionlimit(120)
payload = [1, 2, 3]
box = {'k': payload}
def hold(n, obj, d):
    local = obj
    pair = (obj, n)
    return hold(n + 1, local, d)
print(sys.getrefcount(payload), sys.getrefcount(box))
gc.collect()
before = gc.get_count()
try:
    hold(0, payload, box)
except RecursionError as e:
    print('caught', e)
    print(sys.getrefcount(payload), sys.getrefcount(box))
print(sys.getrefcount(payload), sys.getrefcount(box))
print(gc.collect())
print(gc.get_count())
try:
    hold(0, payload, box)
except RecursionError as e:
    err = e
print(sys.getrefcount(payload))
del err
print(sys.getrefcount(payload))
print(gc.collect(), gc.get_count())

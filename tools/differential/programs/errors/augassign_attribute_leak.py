# a failed `o.x += v` (missing attribute, bad operand, failing __setattr__) leaves no reference behind; the uncaught one points at the target
import sys, gc
class O:
    pass
class Locked:
    def __setattr__(self, k, v):
        raise KeyError(k)
o = O()
o.n = 1
before = sys.getrefcount(o)
for bad in range(3):
    try:
        o.missing += 1
    except AttributeError as e:
        print('AttributeError', e)
    try:
        o.n += 'a'
    except TypeError as e:
        print('TypeError', e)
print(sys.getrefcount(o) - before, o.n)
k = Locked()
k.__dict__['x'] = 1
r = sys.getrefcount(k)
try:
    k.x += 1
except KeyError as e:
    print('KeyError', e, sys.getrefcount(k) - r)
gc.collect()
print(gc.get_count())
o.missing += 1

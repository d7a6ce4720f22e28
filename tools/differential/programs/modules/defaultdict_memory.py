# collections.defaultdict memory: sizes like dict's plus the factory pointer, always tracked, the factory's refcount, a cycle through an entry
import sys, gc
from collections import defaultdict
print(sys.getsizeof(defaultdict()), sys.getsizeof({}), sys.getsizeof(defaultdict(list)))
d = defaultdict(int)
sizes = []
for i in range(12):
    d[i] += i
    sizes.append(sys.getsizeof(d) - sys.getsizeof(dict(d)))
print(sizes, sys.getsizeof(d))
print(gc.is_tracked(defaultdict()), gc.is_tracked(defaultdict(None, {1: 2})), gc.is_tracked({1: 2}))
def make():
    return []
base = sys.getrefcount(make)
dds = [defaultdict(make) for _ in range(3)]
print(sys.getrefcount(make) - base, len(gc.get_referents(dds[0])))
dds[0]['k'].append(1)
print(len(gc.get_referents(dds[0])), dict(dds[0]))
del dds
print(sys.getrefcount(make) - base)
gc.collect()
c = defaultdict(list)
c['self'].append(c)
c['me'] = c
print(repr(c)[:40], gc.get_count()[0] >= 0)
del c
print(gc.collect())
gc.collect()
before = gc.get_count()
e = defaultdict(list)
after = gc.get_count()
print(after[0] - before[0])

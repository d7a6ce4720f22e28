# new dicts count as GC allocations even while untracked
import gc
gc.collect()
a = {}
b = {'x': 1}
print(gc.get_count(), gc.is_tracked(a), gc.is_tracked(b))

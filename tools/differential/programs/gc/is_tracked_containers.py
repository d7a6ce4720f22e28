# lists, sets and instances are tracked from creation; empty dicts are not
import gc
gc.collect()
class C:
    pass
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(C()))
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
print(gc.is_tracked(()), gc.is_tracked(C))

# nested tuples of atoms are untracked in one collection
import gc
gc.collect()
inner = tuple([1, 2])
outer = tuple([inner, 3])
print(gc.is_tracked(inner), gc.is_tracked(outer))
gc.collect()
print(gc.is_tracked(inner), gc.is_tracked(outer))

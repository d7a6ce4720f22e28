# a dict storing a tracked tuple is tracked; one storing an untracked tuple is not
import gc
gc.collect()
t = tuple([1, 2])
d = {}
d['t'] = t
print(gc.is_tracked(t), gc.is_tracked(d))
gc.collect()
e = {}
e['t'] = t
print(gc.is_tracked(t), gc.is_tracked(e))

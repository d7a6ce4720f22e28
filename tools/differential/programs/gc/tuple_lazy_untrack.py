# a run-time tuple of atoms is tracked until a collection sees it
import gc
gc.collect()
t = tuple([1, 2, 'x'])
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
u = tuple([[], 1])
gc.collect(0)
print(gc.is_tracked(u))

# lambdas made in a comprehension close over its variable: one cell per run, shared by all of them
import sys, gc
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print(fs[0].__closure__ is fs[1].__closure__, fs[0].__closure__[0] is fs[2].__closure__[0])
c = fs[0].__closure__[0]
print(sys.getrefcount(c), c.cell_contents, gc.is_tracked(c), type(c).__name__)
print(fs[0].__code__.co_freevars, fs[0].__qualname__)
print(sys.getrefcount(fs[0].__closure__))
gc.collect()
gs = [lambda: j for j in range(4)]
print(gc.get_count())
del fs
print(sys.getrefcount(c), gc.collect())

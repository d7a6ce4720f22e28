# a comprehension variable captured by a lambda is a cell; a default argument binds each value instead
import sys, gc
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], fs[0].__closure__)
gs = [(lambda: k * 2) for k in 'ab']
print([g() for g in gs], len({id(g.__closure__[0]) for g in gs}))
d = {k: (lambda: k) for k in range(2)}
print(d[0](), d[1](), d[0].__qualname__)
s = {(lambda: n) for n in range(1)}
print([f() for f in s])
gc.collect()
hs = [lambda: m for m in range(2)]
print(gc.get_count(), sys.getrefcount(hs[0].__closure__[0]))

# calls with *args and **kwargs allocate the argument tuples and dicts that gc.get_count() counts
import gc
def f(*a):
    return a
def g(**k):
    return k
def h(a, b):
    return a
gc.collect()
print(gc.get_count())
r1 = f(1, 2)
print(gc.get_count())
r2 = g(a=1)
print(gc.get_count())
r3 = h(*[1, 2])
print(gc.get_count())
r4 = h(**{'a': 1, 'b': 2})
print(gc.get_count())

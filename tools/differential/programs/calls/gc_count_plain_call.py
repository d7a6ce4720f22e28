# a plain call with positional and keyword arguments allocates nothing that gc.get_count() sees
import gc
def f(a, b=1, *, c=2):
    return a
gc.collect()
before = gc.get_count()
for i in range(50):
    f(i, c=i)
after = gc.get_count()
print(before, after)
gc.collect()
before = gc.get_count()
for i in range(50):
    f(*(i,))
print(before, gc.get_count())

# gc.get_count() after a collection and a raise caught at module level and in a function
import gc
gc.collect()
print(gc.get_count())
try:
    raise ValueError
except ValueError:
    pass
print(gc.get_count())
def f():
    try:
        raise KeyError('k')
    except KeyError:
        return 1
gc.collect()
f()
print(gc.get_count())
gc.collect()
for i in range(5):
    try:
        [][i]
    except IndexError:
        pass
print(gc.get_count())

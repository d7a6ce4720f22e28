# making a closure allocates tracked objects (function, cell, closure tuple) counted by gc.get_count()
import gc
def outer():
    x = [1]
    def inner():
        return x
    return inner
gc.collect()
a = gc.get_count()
f = outer()
b = gc.get_count()
g = outer()
c = gc.get_count()
print(a, b, c)
del f, g
print(gc.get_count())

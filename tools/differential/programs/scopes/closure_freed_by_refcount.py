# a non-recursive closure is freed by reference counting alone, with its cell
import gc, weakref
class Box:
    pass
def outer():
    b = Box()
    def inner():
        return b
    return inner, weakref.ref(b)
gc.collect()
f, r = outer()
print(r() is f())
del f
print(r() is None)
print(gc.collect())

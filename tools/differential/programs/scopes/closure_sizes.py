# sizes and GC tracking of a function, its closure tuple and its cell
import sys, gc
def outer():
    x = 5
    def inner():
        return x
    return inner
f = outer()
print(sys.getsizeof(f), sys.getsizeof(outer))
print(sys.getsizeof(f.__closure__), sys.getsizeof(f.__closure__[0]))
print(gc.is_tracked(f), gc.is_tracked(f.__closure__), gc.is_tracked(f.__closure__[0]))
gc.collect()
print(gc.is_tracked(f.__closure__), gc.is_tracked(f.__closure__[0]))
print(len(gc.get_referents(f.__closure__[0])), len(gc.get_referents(f.__closure__)))

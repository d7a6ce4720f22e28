# *args collects the extra positional arguments into a new tuple
import sys, gc
def f(*args):
    return args
t = f(1, 2, 3)
print(t, type(t).__name__, sys.getsizeof(t), gc.is_tracked(t))
print(f() == (), len(f()), sys.getsizeof(f()))
e1 = f()
e2 = ()
print(e1 is e2)
big = f(*range(20))
print(len(big), sys.getsizeof(big))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(big))

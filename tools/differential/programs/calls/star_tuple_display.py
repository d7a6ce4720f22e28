# (*a, *b) builds a new tuple from the unpacked items
import sys, gc
a = [1, 2]
t = (*a, *a, 3)
print(t, sys.getsizeof(t), gc.is_tracked(t))
x = [0]
u = (*[x, x], x)
print(sys.getrefcount(x), sys.getsizeof(u))
s = {*a, *(2, 3)}
print(s, sys.getsizeof(s))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))

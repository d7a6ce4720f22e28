# complex objects in memory: 32 bytes, never gc tracked, folded constants shared in co_consts, refcounts, new results each time
import sys, gc
z = 1 + 2j
w = 1 + 2j
print(sys.getsizeof(z), sys.getsizeof(0j), gc.is_tracked(z), z is w, sys.getrefcount(z), z.__sizeof__())
def f():
    return 3 - 4j
a = f()
b = f()
print(a is b, a.real is a.real, type(a.real).__name__, a.imag, a.conjugate() is a.conjugate(), sys.getrefcount(a))
c = a + 0
print(c is a, c == a, +a is a, a * 1 is a, complex(a) is a, a.__complex__() is a)
gc.collect()
before = gc.get_count()
items = [complex(i, i) for i in range(100)]
print(gc.get_count()[0] - before[0] < 5, gc.is_tracked(items), [x for x in items if gc.is_tracked(x)], sys.getsizeof(items[5]))
t = (1j, 2j)
print(gc.is_tracked(t), sys.getrefcount(t[0]))
del items
print(len(gc.get_referents(t)))

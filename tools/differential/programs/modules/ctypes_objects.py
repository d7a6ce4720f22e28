# the ctypes simple types as objects: values, wrapping, sizes, the heap-type reference each
# instance holds on its class, py_object's reference, errors
import ctypes, sys, gc
a = [1, 2, 3]
# ctypes objects themselves
x = ctypes.c_long(42)
print(x, x.value, sys.getsizeof(x), gc.is_tracked(x), ctypes.sizeof(x), ctypes.sizeof(ctypes.c_int))
print(ctypes.c_long.from_address(ctypes.addressof(x)).value)
x.value = -7
print(x, ctypes.c_long.from_address(ctypes.addressof(x)).value)
print(ctypes.c_int(2 ** 32 + 5), ctypes.c_ubyte(-1), ctypes.c_double(3), ctypes.c_bool(5), ctypes.c_char(b'z'))
po = ctypes.py_object(a)
print(po, sys.getrefcount(a), gc.get_referents(po)[1] is a)
del po
print(sys.getrefcount(a))
n1 = sys.getrefcount(ctypes.c_long)
ys = [ctypes.c_long(i) for i in range(5)]
print(sys.getrefcount(ctypes.c_long) - n1)
del ys
print(sys.getrefcount(ctypes.c_long) - n1)
for bad in ('x', 1.5):
    try:
        ctypes.c_long(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    ctypes.c_long.from_address('a')
except TypeError as e:
    print('TypeError', e)
try:
    hash(x)
except TypeError as e:
    print('TypeError', e)
gc.collect()
print(gc.get_count())

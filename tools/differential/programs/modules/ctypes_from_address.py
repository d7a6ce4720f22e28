# ctypes.c_long.from_address(id(x)).value, as memory tutorials use it: x's ob_refcnt, then
# ob_type and ob_size at id(x) + 8 and + 16, and ctypes.cast(id(x), py_object) back to x
import ctypes, sys, gc

def refs(obj_id):
    return ctypes.c_long.from_address(obj_id).value

a = [1, 2, 3]
addr = id(a)
print(refs(addr), sys.getrefcount(a))
b = a
c = [a, a]
print(refs(addr), sys.getrefcount(a))
del b
c.pop()
print(refs(addr))
d = {'k': a}
print(refs(addr))
del c, d
print(refs(addr))

# the type word and ob_size
t = (4, 5, 6, 7)
print(ctypes.c_long.from_address(id(t) + 8).value == id(tuple), ctypes.c_ssize_t.from_address(id(t) + 16).value)
s = 'hello world'
print(ctypes.c_ssize_t.from_address(id(s) + 16).value, len(s))
big = 2 ** 100
nb = -big
print(ctypes.c_ssize_t.from_address(id(big) + 16).value, ctypes.c_ssize_t.from_address(id(nb) + 16).value)
f = 2.5
print(ctypes.c_double.from_address(id(f) + 16).value)
print(ctypes.c_int.from_address(id(a)).value, ctypes.c_ubyte.from_address(id(a)).value)

# an object back from its address
o = ctypes.cast(addr, ctypes.py_object).value
print(o is a, sys.getrefcount(a))
p = ctypes.cast(addr, ctypes.py_object)
print(sys.getrefcount(a), p.value is a)
del o, p

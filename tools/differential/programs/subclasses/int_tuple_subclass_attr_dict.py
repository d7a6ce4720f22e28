# int and tuple subclasses (items in the object) and exception subclasses keep a plain instance dict, made on first use
import sys
def sz(o):
    return sys.getsizeof(vars(o))
class I(int):
    pass
i = I(5)
print(sz(i))
i2 = I(6)
i2.q = 1
print(sz(i2))
class T(tuple):
    pass
t = T((1, 2))
t.q = 1
print(sys.getsizeof(t), sz(t))
class E(Exception):
    pass
e = E()
e.q = 1
print(sz(e))

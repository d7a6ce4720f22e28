# the __dict__ and __weakref__ entries of a class dict are getset descriptors bound to it
import sys, gc
class K: pass
gd = K.__dict__['__dict__']
gw = K.__dict__['__weakref__']
print(type(gd).__name__, gd.__name__, gw.__name__, gd.__objclass__ is K)
print(gc.is_tracked(gd), sys.getsizeof(gd))
print(sys.getrefcount(gd), sys.getrefcount(K))
k = K()
k.x = 1
print(gd.__get__(k) == {'x': 1})

# a class lives while instances exist; each instance keeps a reference to it
import gc, sys
gc.collect()
class K:
    def f(self): pass
a = K()
b = K()
print(sys.getrefcount(K))
del K
print(gc.collect())
t = type(a)
del a, b
print(sys.getrefcount(t))
del t
print(gc.collect())

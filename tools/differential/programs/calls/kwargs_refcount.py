# a value passed by keyword into **kwargs is referenced by the kwargs dict
import sys
def see(**kw):
    return sys.getrefcount(kw['v'])
def keep(**kw):
    return kw
v = [1]
print(see(v=v))
d = keep(v=v, w=v)
print(sys.getrefcount(v), sys.getrefcount(d))
del d
print(sys.getrefcount(v))

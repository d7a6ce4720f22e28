# class attributes live in the type's dict: one reference each, released by del or by the class dying
import sys, gc
gc.collect()
payload = [1, 2]
class K:
    pass
K.a = payload
K.b = payload
print(sys.getrefcount(payload))
del K.a
print(sys.getrefcount(payload))
del K
print(sys.getrefcount(payload), gc.collect(), sys.getrefcount(payload))

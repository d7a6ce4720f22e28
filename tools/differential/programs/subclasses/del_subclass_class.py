# deleting a list subclass frees the type's objects: a builtin base's subclass has its own descriptors
import gc
gc.collect()
class L(list): pass
del L
print(gc.collect())
class I(int): pass
del I
print(gc.collect())
class T(tuple): pass
del T
print(gc.collect())

# deleting __slots__ classes: an empty-slots class has an untracked dict, member descriptors track it
import gc
gc.collect()
class S0:
    __slots__ = ()
del S0
print(gc.collect())
class S2:
    __slots__ = ('a', 'b')
del S2
print(gc.collect())

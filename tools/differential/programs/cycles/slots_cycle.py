# two __slots__ instances in a cycle
import gc
gc.collect()
class S:
    __slots__ = ('other',)
a = S()
b = S()
a.other = b
b.other = a
del a, b
print(gc.collect())

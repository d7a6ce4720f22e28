# a tuple subclass with __new__ and properties-by-method; size and GC tracking
import sys, gc
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def first(self): return self[0]
p = Pair(1, 2)
print(p, p.first(), len(p), p == (1, 2), type(p).__name__)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), gc.is_tracked(p))
gc.collect()
print(gc.is_tracked(p), gc.is_tracked((1, 2)))

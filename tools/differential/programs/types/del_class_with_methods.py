# each function in a deleted class adds one object to what the collector frees
import gc
gc.collect()
class One:
    def a(self): pass
del One
print(gc.collect())
class Three:
    def a(self): pass
    def b(self): pass
    def c(self): pass
del Three
print(gc.collect())

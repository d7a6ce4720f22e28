# a class made inside a function dies with it only through the collector
import gc
gc.collect()
def make(n):
    class Local:
        size = 3
        def get(self): return self.size
    obj = Local()
    obj.n = n
    return obj.get() + obj.n
print(make(3), make(4))
print(gc.collect())
print(gc.collect())

# gc.get_count() after a collection and a with block, with and without an exception
import gc
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return True
m = M()
gc.collect()
with m:
    pass
print(gc.get_count())
gc.collect()
with m:
    raise ValueError
print(gc.get_count())
print(gc.collect())

# refcounts of the exception passed to __exit__ and what __exit__ saves
import sys
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('in exit', sys.getrefcount(v))
        self.saved = v
        return True
m = M()
with m:
    raise ValueError('v')
print('saved', sys.getrefcount(m.saved), repr(m.saved))
del m.saved
print(hasattr(m, 'saved'))

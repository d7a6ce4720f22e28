# a user __next__'s StopIteration is cleared by for/list/sum: its traceback and frame (and their locals) are freed at once
import sys, gc
marker = ['m']
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        held = marker
        if self.i >= self.n:
            raise StopIteration(self.i)
        self.i += 1
        return self.i
base = sys.getrefcount(marker)
gc.collect()
print(list(Count(3)), sum(Count(4)), [x for x in Count(2)])
for x in Count(2):
    pass
print(sys.getrefcount(marker) - base, gc.get_count())
it = Count(1)
print(next(it), next(it, 'done'), sys.getrefcount(marker) - base)
try:
    next(it)
except StopIteration as e:
    print('value', e.value, e.args, type(e.__traceback__).__name__, sys.getrefcount(marker) - base)
print(sys.getrefcount(marker) - base, sys.getrefcount(it))
class Sub(StopIteration):
    pass
class Ends:
    def __iter__(self): return self
    def __next__(self): raise Sub('sub')
print(list(Ends()), sys.getrefcount(marker) - base)

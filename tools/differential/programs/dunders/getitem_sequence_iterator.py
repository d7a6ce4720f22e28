# iter() of a class with only __getitem__ is an 'iterator' object (48 bytes, tracked) that drops the sequence when exhausted
import sys, gc
class Sq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
class MyIndexError(IndexError):
    pass
class Sub:
    def __getitem__(self, i):
        if i == 2: raise MyIndexError('two')
        return str(i)
s = Sq(3)
it = iter(s)
print(type(it).__name__, sys.getsizeof(it), gc.is_tracked(it), sys.getrefcount(s))
print(list(it), list(it), sys.getrefcount(s))
print(list(Sub()), 4 in Sq(5), 5 in Sq(5), sorted(Sq(4), reverse=True), max(Sq(4)))
a, b, c = Sq(3)
print(a, b, c, tuple(Sq(2)), dict.fromkeys(Sub()))
gc.collect()
for x in Sq(2):
    print(x, gc.get_count())
class Bad:
    def __getitem__(self, i): raise KeyError(i)
try:
    list(Bad())
except KeyError as e:
    print('KeyError', e)

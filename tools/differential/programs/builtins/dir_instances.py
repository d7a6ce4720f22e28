# dir() of instances, classes with bases and __slots__, a custom __dir__, and the gc allocations a dir() call leaves
import gc, sys
class A:
    x = 1
    def m(self):
        pass
class B(A):
    __slots__ = ('p',)
    y = 2
class C:
    def __dir__(self):
        return ['q', 'b', 'a']
a = A()
a.w = 5
print(dir(a))
print(dir(B))
print(dir(B()))
print(dir(C()))
print([n for n in dir(a) if not n.startswith('__')])
gc.collect()
before = gc.get_count()
names = dir(a)
print(gc.get_count()[0] - before[0], sys.getsizeof(names), sys.getrefcount(names), gc.is_tracked(names))
gc.collect()
before = gc.get_count()
names = dir(A)
print(gc.get_count()[0] - before[0], len(names))

# the __class__ cell is a real closure cell: methods using super()/__class__ (directly, in a lambda or a comprehension) share it, co_freevars name it, and the class cycle through it is collected
import sys, gc
class Base:
    def f(self): return 'base'
class A(Base):
    def f(self):
        g = lambda: self
        return 'A>' + super().f() + str(g() is self)
    def h(self):
        return [super().f() for _ in range(1)]
    def k(self):
        return (lambda: super().f())()
    def cls(self):
        return __class__
    try:
        early = cls(None)
    except NameError as e:
        print('NameError', e)
a = A()
print(a.f())
for m in (a.h, a.k):
    try:
        print(m())
    except Exception as e:
        print(type(e).__name__, e)
print(A.f.__code__.co_freevars, A.cls.__code__.co_freevars, A.k.__code__.co_freevars, A.k.__code__.co_cellvars)
cell = A.cls.__closure__[0]
print(type(cell).__name__, cell.cell_contents is A, sys.getrefcount(cell), sys.getrefcount(A))
print(A.f.__closure__[0] is cell, A.h.__closure__[0] is cell)
print(gc.is_tracked(cell))
def plain(): return super()
try:
    plain()
except RuntimeError as e:
    print(e)
gc.collect()
del A, a, cell
print(gc.collect())

# a method using __class__ makes the class body create a cell; the cell holds one more reference
import sys, gc
gc.collect()
class Plain:
    def f(self): return 1
class WithCell:
    def f(self): return __class__
print(sys.getrefcount(Plain), sys.getrefcount(WithCell))
print(WithCell().f() is WithCell)
print(len(WithCell.f.__closure__), WithCell.f.__closure__[0].cell_contents is WithCell)
del WithCell
print(gc.collect())

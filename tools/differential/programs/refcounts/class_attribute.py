# a class attribute holds a reference in the class dict
import sys
x = []
class C:
    pass
C.attr = x
print(sys.getrefcount(x))
o = C()
print(o.attr is x, sys.getrefcount(x))
del C.attr
print(sys.getrefcount(x))

# instances of builtin subclasses each hold a reference to their class
import sys
class L(list): pass
class I(int): pass
print(sys.getrefcount(L), sys.getrefcount(I))
xs = [L(), L(), I(5)]
print(sys.getrefcount(L), sys.getrefcount(I))
del xs
print(sys.getrefcount(L), sys.getrefcount(I))

# setattr and getattr with objects as values
import sys
class C:
    pass
o = C()
x = []
setattr(o, 'a', x)
print(sys.getrefcount(x))
y = getattr(o, 'a')
print(sys.getrefcount(x), hasattr(o, 'a'))

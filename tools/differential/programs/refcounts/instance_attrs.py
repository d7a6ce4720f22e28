# instance attributes hold references; deleting the instance releases them
import sys
class C:
    pass
o = C()
x = []
o.a = x
o.b = x
print(sys.getrefcount(x))
del o.a
print(sys.getrefcount(x))
del o
print(sys.getrefcount(x))

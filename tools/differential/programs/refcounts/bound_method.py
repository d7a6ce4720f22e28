# a bound method object holds a reference to its instance
import sys
class C:
    def meth(self):
        return 1
o = C()
print(sys.getrefcount(o))
m = o.meth
print(sys.getrefcount(o))
n = o.meth
print(sys.getrefcount(o))
del m, n
print(sys.getrefcount(o))

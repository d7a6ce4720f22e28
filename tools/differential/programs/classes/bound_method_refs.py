# a bound method holds its instance and function; calling through the class does not
import sys
class C:
    def f(self): return 1
c = C()
print(sys.getrefcount(c))
m = c.f
print(sys.getrefcount(c), m.__self__ is c, m.__func__ is C.f)
print(m(), C.f(c), sys.getsizeof(m))
del m
print(sys.getrefcount(c))

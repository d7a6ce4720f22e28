# a tuple built at run time holds its items
import sys
x = []
t = (x, x)
print(sys.getrefcount(x))
u = (t, x)
print(sys.getrefcount(x), sys.getrefcount(t))
del t
print(sys.getrefcount(x))
del u
print(sys.getrefcount(x))

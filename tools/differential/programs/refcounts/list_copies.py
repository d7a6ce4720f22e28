# copy, slice and list() each add one reference per item
import sys
x = []
l = [x]
a = l.copy()
b = l[:]
c = list(l)
print(sys.getrefcount(x))
del a, b, c
print(sys.getrefcount(x))

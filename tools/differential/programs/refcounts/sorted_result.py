# sorted returns a new list that references the same items
import sys
a = [2]
b = [1]
l = [a, b]
s = sorted(l)
print(s, sys.getrefcount(a), sys.getrefcount(b))
del s
print(sys.getrefcount(a))

# a list that contains itself
import sys
l = []
l.append(l)
print(sys.getrefcount(l))
l.append(l)
print(sys.getrefcount(l))
l.clear()
print(sys.getrefcount(l))

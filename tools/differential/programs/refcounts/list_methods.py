# insert, extend, remove and index/count on a list of one object
import sys
x = []
l = []
l.insert(0, x)
l.extend([x, x])
print(sys.getrefcount(x), l.count(x), l.index(x))
l.remove(x)
print(sys.getrefcount(x))
l.pop(0)
print(sys.getrefcount(x))

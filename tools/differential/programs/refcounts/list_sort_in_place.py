# sorted copies and item refcounts after reassignment
import sys
x = [3]
y = [1]
l = [x, y]
l = sorted(l)
print(sys.getrefcount(x), sys.getrefcount(y), l[0] is y)

# setdefault stores its default; get returns without storing
import sys
x = []
d = {}
r = d.setdefault('k', x)
print(sys.getrefcount(x))
r2 = d.get('missing', x)
print(sys.getrefcount(x))
v = d.pop('k')
print(sys.getrefcount(x))

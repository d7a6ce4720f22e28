# counts through nested containers
import sys
inner = []
mid = [inner, {'i': inner}, (inner,)]
outer = [mid, mid]
print(sys.getrefcount(inner), sys.getrefcount(mid))
del outer
print(sys.getrefcount(mid))
mid.pop()
print(sys.getrefcount(inner))

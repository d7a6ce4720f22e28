# dict keys are referenced by the dict; replacing the value keeps the key
import sys
k = object()
d = {k: 1}
print(sys.getrefcount(k))
d[k] = 2
print(sys.getrefcount(k))
del d[k]
print(sys.getrefcount(k))

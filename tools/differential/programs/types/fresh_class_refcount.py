# a fresh class has refcount 5: its name, the MRO tuple, the __dict__ and __weakref__ descriptors, the argument
import sys
class K: pass
print(sys.getrefcount(K))
k = K()
print(sys.getrefcount(K))
k2 = K()
del k
print(sys.getrefcount(K))
alias = K
print(sys.getrefcount(K))

# set members are referenced by the set
import sys
o = object()
s = set()
s.add(o)
print(sys.getrefcount(o))
s.add(o)
print(sys.getrefcount(o))
s.discard(o)
print(sys.getrefcount(o))

# iterating dict items: refcounts of the values inside the loop
import sys
d = {'a': [], 'b': []}
for k, v in d.items():
    print(k, sys.getrefcount(v))
for v in d.values():
    print(sys.getrefcount(v))

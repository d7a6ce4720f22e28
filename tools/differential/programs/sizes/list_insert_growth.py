# insert at the front grows like append
import sys
l = []
out = []
for i in range(20):
    l.insert(0, i)
    out.append(sys.getsizeof(l))
print(out)

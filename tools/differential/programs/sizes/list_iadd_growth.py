# += of small lists grows like extend
import sys
l = []
out = []
for i in range(15):
    l += [i, i]
    out.append(sys.getsizeof(l))
print(out)

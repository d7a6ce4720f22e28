# dict growth with int keys: printed when the table grows
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(200):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s

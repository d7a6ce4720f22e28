# list over-allocation: getsizeof after each append, printed when it changes
import sys
l = []
last = sys.getsizeof(l)
print(0, last)
for i in range(200):
    l.append(i)
    s = sys.getsizeof(l)
    if s != last:
        print(len(l), s)
        last = s

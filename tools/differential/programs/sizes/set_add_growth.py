# set growth: getsizeof when the table grows
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(2000):
    s.add(i)
    n = sys.getsizeof(s)
    if n != last:
        print(len(s), n)
        last = n

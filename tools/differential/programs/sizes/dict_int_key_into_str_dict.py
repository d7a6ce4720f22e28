# storing a non-str key in an all-str dict converts and resizes its table
import sys
for n in [1, 5, 6, 11]:
    d = {}
    for i in range(n):
        d['k' + str(i)] = i
    before = sys.getsizeof(d)
    d[0] = 0
    print(n, before, sys.getsizeof(d))

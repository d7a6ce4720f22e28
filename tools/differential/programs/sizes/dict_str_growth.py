# dicts whose keys are all str use 16-byte entries
import sys
d = {}
last = sys.getsizeof(d)
for i in range(100):
    d['k' + str(i)] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s

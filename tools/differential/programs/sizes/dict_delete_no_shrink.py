# deleting never shrinks a dict; clear() does
import sys
d = {}
for i in range(100):
    d[i] = i
print(sys.getsizeof(d))
for i in range(99):
    del d[i]
print(len(d), sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))

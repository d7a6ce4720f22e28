# discarding never shrinks a set; clear() does
import sys
s = set(range(100))
print(sys.getsizeof(s))
for i in range(90):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))

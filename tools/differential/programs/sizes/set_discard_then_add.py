# a set reuses slots of discarded keys, so it does not grow
import sys
s = set(range(4))
print(sys.getsizeof(s))
for i in range(20):
    s.discard(i % 4)
    s.add(i % 4)
print(sys.getsizeof(s), sorted(s))
t = set(range(4))
for i in range(4, 30):
    t.discard(i - 4)
    t.add(i)
print(sys.getsizeof(t), len(t))

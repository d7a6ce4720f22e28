# del of a slice, remove and clear
import sys
l = [0] * 10
del l[2:]
print(sys.getsizeof(l))
m = list(range(10))
m.remove(3)
print(sys.getsizeof(m))
m.clear()
print(sys.getsizeof(m))
n = [1]
del n[0]
print(sys.getsizeof(n))

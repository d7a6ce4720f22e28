# float and complex results are new objects; a freed float's memory is reused by the next float (free list), ints by size class
import sys
y = 0.5
a = y * 3
i = id(a)
del a
b = y * 5
print(id(b) == i, b)
c = y + 1
d = y + 1
print(c is d, c == d, (y * 1) is y, (y + 0.0) is y, -(-y) is y, abs(y) is y)
z = 1j
w1 = z * 1
print(w1 is z, (z + 0) is z, z.conjugate() is z, sys.getsizeof(w1))
n = 10**20
j = id(n + 1)
m = n + 2
print(id(m) == j, m)

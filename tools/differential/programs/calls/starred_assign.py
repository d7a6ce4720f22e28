# a starred assignment target collects the middle items into a new list
import sys
a, *b = [1, 2, 3, 4]
print(a, b, type(b).__name__, sys.getsizeof(b))
*c, d = 'xyz'
print(c, d)
e, *f, g = range(10)
print(e, f, g, sys.getsizeof(f))
h, *i = (7,)
print(h, i, sys.getsizeof(i))
x = [1]
first, *rest = [x, x, x]
print(sys.getrefcount(x))
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)

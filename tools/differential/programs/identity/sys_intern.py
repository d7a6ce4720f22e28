# sys.intern returns one object for equal run-time strings
import sys
x = ' '.join(['a', 'b', 'c'])
y = ' '.join(['a', 'b', 'c'])
print(x is y, x == y)
ix = sys.intern(x)
iy = sys.intern(y)
print(ix is iy, ix is x)

# tuple unpacking and swapping keep counts balanced
import sys
x = []
y = {}
a, b = x, y
print(sys.getrefcount(x), sys.getrefcount(y))
a, b = b, a
print(sys.getrefcount(x), sys.getrefcount(y))
del a, b
print(sys.getrefcount(x), sys.getrefcount(y))

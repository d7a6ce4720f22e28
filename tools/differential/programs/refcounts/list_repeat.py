# list repetition references the same item many times
import sys
x = []
l = [x] * 100
print(sys.getrefcount(x))
l2 = l * 2
print(sys.getrefcount(x))
del l
print(sys.getrefcount(x))
del l2
print(sys.getrefcount(x))

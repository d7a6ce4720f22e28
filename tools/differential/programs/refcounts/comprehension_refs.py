# comprehensions hold references only in their results
import sys
x = []
l = [x for i in range(5)]
d = {i: x for i in range(3)}
print(sys.getrefcount(x))
del l
print(sys.getrefcount(x))

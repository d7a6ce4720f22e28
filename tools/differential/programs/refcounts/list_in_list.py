# a list held three times by another list; popping and deleting the holder
import sys
a = []
c = [a, a, a]
print(sys.getrefcount(a))
c.pop()
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))

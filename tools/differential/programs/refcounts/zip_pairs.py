# zip builds tuples referencing items of both lists
import sys
x = []
pairs = list(zip([x, x], [x, 0]))
print(len(pairs), sys.getrefcount(x))
del pairs
print(sys.getrefcount(x))

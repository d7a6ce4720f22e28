import sys

a = []
b = a
# a, b and getrefcount's own argument: 3 references
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))

# a failed unpack marks the whole target tuple, parenthesised or not
import sys
pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
src = [7]
r = sys.getrefcount(src)
try:
    p, q = src
except ValueError as e:
    print(e, sys.getrefcount(src) - r)
first, second = [1]

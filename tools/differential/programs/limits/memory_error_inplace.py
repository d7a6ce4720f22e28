# MemoryError from `*=` on a list and from list(range(huge)): the list keeps its items
import sys
xs = ['a', 'b']
try:
    xs *= 10**11
except MemoryError as e:
    print('inplace', repr(e))
print(xs, sys.getsizeof(xs))
try:
    ys = list(range(10**10))
except MemoryError:
    print('list(range) failed')
zs = [7]
try:
    zs.extend(range(10**11))
except MemoryError:
    print('extend failed', zs, sys.getsizeof(zs))

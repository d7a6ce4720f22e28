# list displays: constants go through LIST_EXTEND (odd sizes rounded up), names build exactly
import sys
a = 1
b = 2
c = 3
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([a, b, c]))
print(sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([a, b, c, a, b]))
print(sys.getsizeof(['x', 'y', 'z']), sys.getsizeof([None, None, None]))

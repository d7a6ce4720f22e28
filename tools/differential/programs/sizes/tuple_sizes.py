# tuples: 40 + 8 per item, the empty tuple included
import sys
print(sys.getsizeof(()))
print(sys.getsizeof((1,)))
print(sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(tuple(range(10))))
print(sys.getsizeof(tuple([])))

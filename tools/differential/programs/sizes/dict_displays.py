# dict displays are presized up to 15 pairs; duplicates reveal it
import sys
print(sys.getsizeof({}))
print(sys.getsizeof({'a': 1}))
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print(sys.getsizeof({1: 1, 1: 2, 1: 3, 1: 4, 1: 5, 1: 6}))
print(sys.getsizeof({1: 0, 1: 1, 1: 2, 1: 3, 1: 4, 1: 5, 1: 6, 1: 7, 1: 8, 1: 9, 1: 10}))

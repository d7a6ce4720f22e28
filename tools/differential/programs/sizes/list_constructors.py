# list(), repetition, slicing, copy and comprehension give different capacities
import sys
print(sys.getsizeof([None] * 5))
print(sys.getsizeof(list(range(5))))
print(sys.getsizeof(list(range(6))))
print(sys.getsizeof(sorted([5, 3, 1, 4, 2])))
print(sys.getsizeof([x for x in range(10)]))
print(sys.getsizeof(list(range(10))[:]))
print(sys.getsizeof(list(range(10)).copy()))
print(sys.getsizeof([1, 2] + [3]))

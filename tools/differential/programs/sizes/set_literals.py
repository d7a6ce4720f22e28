# set literals of constants are presized from a constant frozenset; set(range) grows by adds
import sys
print(sys.getsizeof(set()))
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(3))))
print(sys.getsizeof({0, 1, 2, 3, 4}), sys.getsizeof(set(range(5))))
print(sys.getsizeof({x for x in range(5)}))

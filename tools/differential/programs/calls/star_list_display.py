# [*a, *b] builds a list by extending, with the over-allocation that growth gives
import sys
a = [1, 2, 3]
b = (4, 5)
l = [*a, *b]
print(l, sys.getsizeof(l), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof([*a]), sys.getsizeof([*range(10)]), sys.getsizeof([0, *a]))
m = [*a, 9, *'hi']
print(m, sys.getsizeof(m))
print([*[]], sys.getsizeof([*[]]))

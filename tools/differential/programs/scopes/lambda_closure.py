# lambdas close over variables like def does; the adder's cell holds its argument
import sys
def adder(n):
    return lambda x: x + n
add3 = adder(3)
print(add3(4), add3.__name__, add3.__code__.co_freevars)
big = adder([7] * 3)
print(sys.getrefcount(big.__closure__[0].cell_contents))
print(sys.getsizeof(big.__closure__[0]), sys.getsizeof(add3))

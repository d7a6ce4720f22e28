# functions, lambdas and bound methods
import sys
def f():
    return 1
class C:
    def m(self):
        return 2
print(sys.getsizeof(f), sys.getsizeof(lambda: 0))
print(sys.getsizeof(C().m))

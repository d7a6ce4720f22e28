# an int subclass: arithmetic returns plain ints, sizes include the dict/weakref pointers
import sys, gc
class Age(int):
    def describe(self): return 'age ' + str(int(self))
a = Age(30)
print(a, a + 1, type(a + 1).__name__, a.describe(), a == 30)
print(sys.getsizeof(a), sys.getsizeof(30), sys.getsizeof(Age(0)), sys.getsizeof(Age(2 ** 40)))
print(gc.is_tracked(a), isinstance(a, int), sys.getrefcount(Age))
b = Age(30)
print(a is b, a == b)

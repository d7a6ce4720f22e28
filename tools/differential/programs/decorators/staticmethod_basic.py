# a staticmethod is called without an instance and is the same function from class and instance
import sys
class M:
    @staticmethod
    def add(a, b):
        return a + b
m = M()
print(M.add(1, 2), m.add(3, 4))
print(M.add is m.add, type(M.__dict__['add']).__name__)
sm = M.__dict__['add']
print(sm.__func__ is M.add, sys.getsizeof(sm), sys.getrefcount(M.add))

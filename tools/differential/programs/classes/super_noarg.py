# zero-argument super() in __init__ along a chain; the instance's refcount inside and after
import sys
class A:
    def __init__(self):
        self.a = 1
        print('A', sys.getrefcount(self))
class B(A):
    def __init__(self):
        super().__init__()
        self.b = 2
class C(B):
    def __init__(self):
        super().__init__()
        self.c = 3
c = C()
print(c.a, c.b, c.c, sys.getrefcount(c), sys.getsizeof(c))

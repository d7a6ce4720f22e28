# int subclass with __new__ transforming the value, and an attribute set in __init__
import sys
class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
    def __init__(self, n):
        self.orig = n
e = Even(7)
print(e, e.orig, type(e).__name__, e * 2, sys.getsizeof(e))

# __new__ on an object subclass: a singleton returned by __new__, __init__ still runs each call
import sys
class One:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        self.inits = getattr(self, 'inits', 0) + 1
a = One()
b = One()
print(a is b, a.inits, sys.getrefcount(a))

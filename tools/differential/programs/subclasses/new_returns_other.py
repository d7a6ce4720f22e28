# when __new__ returns an object of another type, __init__ is not called
class Other: pass
class Odd:
    def __new__(cls, x):
        if x:
            return Other()
        return object.__new__(cls)
    def __init__(self, x):
        print('init', x)
a = Odd(1)
b = Odd(0)
print(type(a).__name__, type(b).__name__)

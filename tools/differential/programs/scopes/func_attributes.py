# a function's attributes: __name__, __qualname__, __module__, __defaults__ and a __dict__
import sys
def outer():
    def inner(a, b=[1]):
        return a
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__doc__)
f.tag = 'x'
print(f.__dict__, sys.getrefcount(f.__defaults__))
print(sys.getsizeof(f), sys.getsizeof(f.__dict__))

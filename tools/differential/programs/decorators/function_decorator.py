# a decorator replaces the function with what it returns; the original lives on in the wrapper's cell
import sys
def deco(f):
    def wrapper(*args):
        return ('wrapped', f(*args))
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(1, 2), add.__name__, add.__qualname__)
orig = add.__closure__[0].cell_contents
print(orig.__name__, sys.getrefcount(orig), sys.getrefcount(add))
print(add.__code__.co_freevars)

# copying __name__, __qualname__, __doc__ and setting __wrapped__ by hand, as functools.wraps does
import sys
def deco(f):
    def wrapper(*a):
        return f(*a)
    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = f.__qualname__
    wrapper.__doc__ = f.__doc__
    wrapper.__wrapped__ = f
    return wrapper
@deco
def area(w, h):
    "Area of a rectangle."
    return w * h
print(area.__name__, area.__qualname__, area.__doc__)
print(area(2, 3), area.__wrapped__(4, 5))
print(area.__dict__.keys(), sys.getrefcount(area.__wrapped__))
print(area.__wrapped__.__qualname__, area.__wrapped__ is area.__closure__[0].cell_contents)

# gi_exc_state: a generator suspended inside an except block keeps its exception and restores it into sys.exc_info() when resumed; the caller's exception is not visible inside
import sys

def handler():
    try:
        raise KeyError('inside')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()

g = handler()
print(next(g), sys.exc_info())
try:
    raise ValueError('outside')
except ValueError:
    print(next(g), sys.exc_info()[0].__name__)
print(next(g))

def seer():
    while True:
        yield sys.exc_info()[0]

s = seer()
try:
    raise TypeError
except TypeError:
    print(next(s))
print(next(s))

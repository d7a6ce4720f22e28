# refcount of a list held only by a local variable
import sys
def f():
    y = []
    z = y
    return sys.getrefcount(y)
print(f())
def h():
    return sys.getrefcount([1, 2])
print(h())

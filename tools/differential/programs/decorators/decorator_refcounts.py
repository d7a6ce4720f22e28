# refcounts of a decorated function, its wrapper and the decorator's closure cells
import sys
def deco(f):
    def wrapper():
        return f()
    return wrapper
def plain():
    return 0
wrapped = deco(plain)
print(sys.getrefcount(plain), sys.getrefcount(wrapped))
print(sys.getrefcount(wrapped.__closure__[0]))
w2 = deco(plain)
print(sys.getrefcount(plain), wrapped.__closure__[0] is w2.__closure__[0])
del wrapped, w2
print(sys.getrefcount(plain))

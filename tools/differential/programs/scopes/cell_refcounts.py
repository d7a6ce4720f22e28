# the closed-over object is referenced once by its cell, however many closures share it
import sys
def outer():
    obj = [1]
    def a():
        return obj
    def b():
        return obj
    return a, b
a, b = outer()
print(sys.getrefcount(a()))
print(sys.getrefcount(a.__closure__[0]))
print(sys.getrefcount(a.__closure__))
print(sys.getrefcount(a), sys.getrefcount(outer))

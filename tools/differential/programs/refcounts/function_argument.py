# refcount of an argument seen inside the callee (3.11 moves arguments into the frame)
import sys
def f(a):
    return sys.getrefcount(a)
x = []
print(f(x))
def g(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)
print(g(x, x))
print(sys.getrefcount(x))

# an object returned by a function is owned by the caller only
import sys
def make():
    return []
a = make()
print(sys.getrefcount(a))
def ident(x):
    return x
b = ident(a)
print(sys.getrefcount(a))

# a default argument value is held by the function
import sys
d = []
def f(a=d):
    return a
print(sys.getrefcount(d))
r = f()
print(sys.getrefcount(d))
del f
print(sys.getrefcount(d))

# two inner functions of one call share the same cell; a second call makes new cells
import sys
def outer():
    x = []
    def get():
        return x
    def put(v):
        x.append(v)
    return get, put
g, p = outer()
print(g.__closure__[0] is p.__closure__[0])
print(sys.getrefcount(g.__closure__[0]))
p(1); p(2)
print(g(), sys.getrefcount(g()))
g2, p2 = outer()
print(g2.__closure__[0] is g.__closure__[0], g2() is g())
del p
print(sys.getrefcount(g.__closure__[0]))

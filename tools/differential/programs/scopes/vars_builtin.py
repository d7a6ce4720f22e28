# vars(obj) is obj.__dict__; vars() with no argument is locals()
import sys
class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
v = vars(p)
print(v, v is p.__dict__)
print(sys.getrefcount(p.__dict__))
v['c'] = 3
print(p.c)
def f(q):
    r = 2
    return vars()
print(f(1))
print(vars() is globals())

# attributes on list/dict/str subclass instances make their dict on the class's shared keys; __dict__ first makes a plain one; int/tuple subclasses keep plain dicts
import sys
def sz(o):
    return sys.getsizeof(vars(o))
class L(list):
    pass
l = L()
l.x = 1
print(sys.getsizeof(l), sz(l), vars(l))
l2 = L()
print(sz(l2))
l2.y = 2
print(sz(l2), vars(l2))
l3 = L([1, 2])
l3.y = 3
l3.z = 4
print(sz(l3), sz(l))
class D(dict):
    pass
d = D(a=1)
d.x = 1
print(sz(d), vars(d), d)
class St(str):
    pass
st = St('ab')
print(sz(st))
st2 = St('cd')
st2.x = 1
print(sz(st2))

# dict operations on a split instance __dict__: copy stays split, dict()/** merge into a new table, clear empties it, update and pop
import sys
class A:
    pass
a = A()
a.x = 1
a.y = 2
a.z = 3
v = vars(a)
print(sys.getsizeof(v), sys.getsizeof(v.copy()), sys.getsizeof(dict(v)), sys.getsizeof({**v}))
c = v.copy()
c['w'] = 4
print(sys.getsizeof(c), c)
b = A()
b.w = 5
print(list(vars(b)), sys.getsizeof(vars(b)))
d = {}
d.update(v)
print(sys.getsizeof(d), d)
del v['x']
print(sys.getsizeof(v), v)
v.clear()
print(sys.getsizeof(v), v)
a.q = 1
print(sys.getsizeof(v), v)
e = A()
e.x = 1
ve = vars(e)
print(ve.pop('x'), sys.getsizeof(ve))
ve.setdefault('k', 1)
print(sys.getsizeof(ve), ve)
f = A()
f.x = 1
vf = vars(f)
vf.update({'a1': 1, 'a2': 2})
print(sys.getsizeof(vf), vf)
vf.update([('a3', 3)])

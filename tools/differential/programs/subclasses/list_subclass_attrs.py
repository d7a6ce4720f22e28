# attributes on list/dict/tuple subclass instances: the instance dict's refcount, sizes, vars(), gc
import gc, sys
class L(list): pass
class D(dict): pass
class T(tuple): pass
gc.collect()
l = L([1, 2, 3])
print(sys.getsizeof(l), gc.is_tracked(l))
l.x = 1
l.append(4)
print(l, l.x, vars(l), sys.getsizeof(l), sys.getrefcount(l.__dict__), l.__dict__ is vars(l))
d = D(a=1)
d.tag = 'dd'
print(d, d.tag, d.__dict__, sys.getsizeof(d), len(d))
t = T((1, 2))
t.name = 'tt'
print(t, t.name, t.__dict__, sys.getsizeof(t), len(t), t[1])
v = [0]
l.ref = v
d.ref = v
t.ref = v
print(sys.getrefcount(v))
del l, d
print(sys.getrefcount(v))
del t
print(sys.getrefcount(v), gc.collect())
m = L()
m.self = m
m.append(m)
del m
print(gc.collect())
class M(L): pass
k = M([5])
k.y = 2
print(k, k.y, sys.getsizeof(k), M.__mro__)

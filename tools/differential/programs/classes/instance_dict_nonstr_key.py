# a non-str key or a full set of shared keys turns an instance __dict__ into its own combined table
import sys
class A:
    pass
a = A()
a.x = 1
vars(a)[5] = 'five'
print(sys.getsizeof(vars(a)), vars(a))
a.y = 2
a.z = 3
print(sys.getsizeof(vars(a)))
b = A()
print(sys.getsizeof(vars(b)))
b.y = 1
print(sys.getsizeof(vars(b)), vars(b))
c = A()
vars(c)['w'] = 1
print(sys.getsizeof(vars(c)))
d = A()
d.w = 2
print(vars(d), sys.getsizeof(vars(d)))
class F:
    pass
objs = [F() for i in range(3)]
for i in range(31):
    setattr(objs[0], 'n%d' % i, i)
print(sys.getsizeof(vars(objs[0])), sys.getsizeof(vars(objs[1])))
objs[1].n30 = 1
objs[2].n0 = 1
print(sys.getsizeof(vars(objs[1])), sys.getsizeof(vars(objs[2])))

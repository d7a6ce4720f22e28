# **kwargs collects the extra keyword arguments into a new dict in call order
import sys, gc
def f(**kw):
    return kw
d = f(b=1, a=2, c=3)
print(d, type(d).__name__, sys.getsizeof(d), gc.is_tracked(d))
print(f() == {}, sys.getsizeof(f()))
e1 = f()
e2 = f()
print(e1 is e2)
h = f(x=[1])
print(gc.is_tracked(h), sys.getsizeof(h))
many = f(**{('k%d' % i): i for i in range(12)})
print(len(many), sys.getsizeof(many))

# float.real / conjugate() / __float__ return the float itself (refcount moves), imag is a new 0.0 each time
import sys, gc
x = 3.25
before = sys.getrefcount(x)
r = x.real
c = x.conjugate()
f = x.__float__()
print(r is x, c is x, f is x, sys.getrefcount(x) - before)
i1 = x.imag
i2 = x.imag
print(i1, i2, i1 is i2, type(i1).__name__, sys.getsizeof(i1), gc.is_tracked(x), gc.is_tracked(i1))
del r, c, f
print(sys.getrefcount(x) - before, float(x) is x, x.__abs__() is x, abs(x) is x, -(-x) is x, +x is x)
print((-0.0).real, (-0.0).conjugate(), (-2.5).__abs__(), (2.5).__neg__(), (0.0).__bool__(), (0.1).__bool__(), (1.5).__getnewargs__())
print((1.5).__add__(1), (1.5).__radd__(2), (1.5).__rsub__(2), (1.5).__mul__('a'), (1.0).__eq__(1), (1.0).__lt__(2), (2.0).__rtruediv__(1))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (2.0).__pow__(10), (2.0).__rpow__(3), (1.5).__hash__() == hash(1.5), (1.0).__hash__())

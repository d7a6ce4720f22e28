# complex .real/.imag (new floats each time), conjugate(), dunders called directly, NotImplemented for non-numbers
import sys
z = complex(3, -4)
r1 = z.real
r2 = z.real
print(r1, r2, r1 is r2, z.imag, z.conjugate(), (1j).conjugate(), (-0j).conjugate(), complex(1, -0.0).conjugate())
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__rtruediv__(1), z.__truediv__(2), z.__pow__(2), z.__rpow__(2))
print(z.__add__('x'), z.__eq__(3 - 4j), z.__eq__(3), z.__ne__(3), z.__lt__(z), z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), (0j).__bool__())
print(z.__hash__() == hash(z), z.__getnewargs__(), z.__repr__(), type(z).__name__, isinstance(z, complex), complex.__name__)
print(sys.getsizeof(z.real), hasattr(z, 'real'), hasattr(1, 'imag'), (5).imag, (2.5).imag, True.imag, (5).real, type((5).conjugate()).__name__)

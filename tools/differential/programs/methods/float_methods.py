# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, __round__, __trunc__, sizes
import sys
for f in [0.5, 2.0, -1.75, 0.1, 1e300, 5e-324, -0.0]:
    print(f, f.is_integer(), f.as_integer_ratio(), f.hex(), float.fromhex(f.hex()) == f, f.conjugate(), f.real, f.imag)
print(float.fromhex('0x1.8p1'), float.fromhex('-0X1P-2'), float.fromhex('0x.8'), float.fromhex(' 0x1.ffffffffffffep+1023 '))
print((2.5).__round__(), (3.7).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__round__(0))
x = 3.25
print(x.real is x, x.conjugate() is x, sys.getsizeof(x), sys.getsizeof(1e300), type(x.imag).__name__)
print(float('inf').is_integer(), (1.5).__mod__(1), (7.0).__floordiv__(2), (1.0).__eq__(1))

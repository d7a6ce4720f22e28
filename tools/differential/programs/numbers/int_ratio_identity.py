# int.as_integer_ratio / conjugate / real / numerator: an exact int gives itself back (refcounts move), bool gives an int
import sys
k0 = 0; k1 = 1
x = 10**30
before = sys.getrefcount(x)
r = x.as_integer_ratio()
print(r, r[0] is x, sys.getrefcount(x) - before, type(r[1]).__name__, r[1] is k1)
c = x.conjugate()
print(c is x, x.real is x, x.numerator is x, x.imag, x.denominator, sys.getrefcount(x) - before)
del r, c
print(sys.getrefcount(x) - before)
t = True
print(t.as_integer_ratio(), type(t.real).__name__, t.real is k1, t.conjugate() is k1, type(t.numerator).__name__, t.imag is k0)
n = -12345678901
print(n.__index__() is n, n.__int__() is n, n.__trunc__() is n, n.__floor__() is n, n.__ceil__() is n, n.__round__() is n, +n is n)
print(abs(n), abs(n) is n, abs(-n) is n, n.__abs__(), (-n).__abs__() is -n, n.__round__(-3), n.__round__(2) is n)
print(n.__float__(), n.__neg__(), n.__invert__(), n.__bool__(), (0).__bool__(), n.__getnewargs__())

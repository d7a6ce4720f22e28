# math's error messages: domain/range errors, argument-count and type errors, big-int logs, int results
import math, sys
cases = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1),
         lambda: math.factorial(5.0), lambda: math.sqrt('a'), lambda: math.gcd(2.5, 1), lambda: math.comb(-1, 2),
         lambda: math.isqrt(-1), lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.sqrt(),
         lambda: math.sqrt(1, 2), lambda: math.log(1, 1), lambda: math.acos(2), lambda: math.sqrt(10**400),
         lambda: math.perm(5, -1), lambda: math.ldexp(1.0, 2000), lambda: math.cosh(1000), lambda: math.atan2(1),
         lambda: math.log(), lambda: math.dist((1,), (1, 2)), lambda: math.prod(5), lambda: math.fsum([math.inf, -math.inf]),
         lambda: math.fsum([1e308, 1e308]), lambda: math.floor(math.inf), lambda: math.ceil(math.nan),
         lambda: math.trunc('s'), lambda: math.atanh(1), lambda: math.pow(-8, 1 / 3), lambda: math.isclose(1, 2, rel_tol=-1)]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.log(10**400), math.log2(2**1000 + 1), math.log10(10**500), math.pow(1, math.nan), math.exp(-1000), math.ulp(0.0))
print(math.modf(-0.0), math.remainder(5, 2), math.remainder(-3, 2), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.hypot(), math.hypot(-2), math.hypot(1, 2, 3), math.gcd(), math.lcm(), math.comb(5, 7), math.perm(4, None), math.floor(True))
print(math.frexp(0.0), math.frexp(-1e-320), math.ldexp(1, -1080), math.ulp(1e308), math.nextafter(0.0, -1.0), math.isqrt(99))
big = math.factorial(100)
print(type(math.floor(1e300)).__name__, math.floor(1e300) == 10**300 or math.floor(1e300) > 0, len(str(big)), math.comb(60, 30))
print(sys.getsizeof(math), type(math).__name__, type(math.sqrt).__name__, math.__name__, sys.modules['math'] is math, repr(math.sqrt))

# math: sqrt floor ceil trunc (int results), gcd/lcm, factorial, isqrt, comb/perm, logs, exp, trig, constants, fsum, prod
import math, sys
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(2, 3, 4), math.factorial(20))
print(math.isqrt(10**20 + 1), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.log(8, 2), math.log(math.e), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.sin(0), math.cos(math.pi), math.tan(0.5), math.atan2(1, 1), math.asin(1), math.degrees(math.pi), math.radians(180))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.copysign(3, -0.0), math.fabs(-4), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), math.remainder(7, 3), math.isfinite(1e308), math.isinf(-math.inf))
print(math.floor(10**20 + 0.5) == 10**20, math.ceil(-0.5), math.pow(2, 10), math.exp2(3), math.nextafter(1.0, 2.0), math.ulp(1.0))
f = math.factorial(30)
print(f, sys.getsizeof(f), type(math.sqrt(4)).__name__, math.sqrt(4) == 2)

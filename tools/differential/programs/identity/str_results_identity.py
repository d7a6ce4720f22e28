# str()/repr()/format()/f-strings of an int make a new string (even one digit); what a user __str__/__repr__ returns comes back itself
import sys, gc
x = 5
class A:
    def __repr__(self): return R
    def __str__(self): return S
class OnlyRepr:
    def __repr__(self): return R
R = 'r' * 3
S = 's' * 3
a = A()
o = OnlyRepr()
print(str(x) is str(x), repr(x) is repr(x), str(x) == '5', format(x, 'd') is format(x, 'd'))
print(f'{x!r}' is f'{x!r}', f'{x!s}' is f'{x!s}', f'{x}' is f'{x}', format(x) is format(x), str(-0) is str(0))
print(repr(a) is R, str(a) is S, f'{a}' is S, f'{a!r}' is R, f'{a!s}' is S, format(a) is S, str(o) is R, format(o) is R)
print(str(True) is str(True), str(1.0) == '1.0', str('abc') is str('abc'))
rs, ss = sys.getrefcount(R), sys.getrefcount(S)
kept = [repr(a), str(a), f'{a}']
print(sys.getrefcount(R) - rs, sys.getrefcount(S) - ss)
gc.collect()
digits = [str(i) for i in range(10)]
print(len(set(map(id, digits))), gc.get_count())
try:
    class Bad:
        def __str__(self): return 5
    str(Bad())
except TypeError as e:
    print(e)

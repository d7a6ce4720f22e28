# functools.reduce (with/without initial), partial (func/args/keywords, call merging), cmp_to_key sorting
import functools
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [], 'init'))
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square(3, exp=4), square.func is power, square.args, square.keywords, cube_mod.keywords)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3.args, type(add3).__name__, partial(add3, 10)(), callable(add3))
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=functools.cmp_to_key(compare)), sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))

# * and ** in a call unpack any iterable and mappings, several times and mixed with plain arguments
def f(*args, **kw):
    return args, kw
xs = [1, 2]
print(f(*xs), f(0, *xs, 3, *(4, 5)))
print(f(*range(3), *'ab'))
d = {'a': 1}
print(f(**d), f(**d, b=2, **{'c': 3}))
print(f(*xs, x=0, **d))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2], 3), g(1, **{'b': 2, 'c': 3}), g(*(1,), c=3, b=2))

# parameters after * are keyword-only; they may have defaults and are counted in co_kwonlyargcount
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
def g(*args, key=None):
    return args, key
print(g(1, 2), g(key='k'))
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__kwdefaults__, f.__defaults__)
print(g.__kwdefaults__, g.__code__.co_flags & 4)

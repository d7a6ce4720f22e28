# parameters before / are positional-only; their names stay free for **kwargs
def f(a, b, /, c, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=5), f(1, 2, 3, d=0))
def g(name, /, **kw):
    return name, kw
print(g('pos', name='kw'))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(g.__code__.co_varnames, g.__code__.co_flags & 8)

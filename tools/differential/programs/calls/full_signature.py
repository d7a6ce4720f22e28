# a signature with every kind of parameter binds positional, keyword, extra and default values
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=9))
print(f(1, c=7, d=8, e=9, extra=0))
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_flags)
print(f.__defaults__, f.__kwdefaults__)

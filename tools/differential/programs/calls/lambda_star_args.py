# lambda supports the same parameter kinds as def
f = lambda *a, **k: (a, k)
g = lambda a, /, b=2, *, c: (a, b, c)
print(f(1, x=2), g(1, c=3), g(1, 5, c=0))
print(f.__code__.co_flags & 12, g.__code__.co_posonlyargcount, g.__code__.co_kwonlyargcount)
print(g.__defaults__, g.__kwdefaults__)
h = lambda *, k=1: k
print(h(), h(k=2))

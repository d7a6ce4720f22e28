# nested comprehensions reading a function's local and the outer comprehension's variable (cells)
import sys, gc
def f(n):
    base = [10]
    rows = [[base[0] + i * j for j in range(n)] for i in range(n)]
    return rows, f.__code__.co_cellvars
print(f(3))
def g():
    x = object()
    r = [x for _ in range(3)]
    return sys.getrefcount(x), len(r), g.__code__.co_cellvars
print(g())
def h():
    k = 5
    return [lambda: k + i for i in range(2)]
hs = h()
print([q() for q in hs], hs[0].__code__.co_freevars, len(hs[0].__closure__))
gc.collect()
def t():
    y = 1
    return [[y for _ in range(2)] for _ in range(2)]
t()
print(gc.get_count())

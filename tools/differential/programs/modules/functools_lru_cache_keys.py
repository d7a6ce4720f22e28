# functools.lru_cache keys and eviction: least recently used goes first, keyword and positional calls are different keys, typed=True, negative maxsize, bad arguments
import functools
@functools.lru_cache(maxsize=2)
def sq(n):
    print('computing', n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info())
@functools.lru_cache
def z(a, b=2):
    return a + b
print(z(1), z(1, b=2), z(1, 2), z(a=1), z(1), z.cache_info())
@functools.lru_cache(typed=True)
def t(a):
    return a
print(t(1), t(1.0), t(True), t(1), t.cache_info())
@functools.lru_cache(maxsize=-5)
def n(a):
    return a
print(n(1), n(1), n.cache_info(), n.cache_parameters())
for bad in [lambda: functools.lru_cache(maxsize='x'), lambda: z([1]), lambda: z({})]:
    try:
        bad()
    except TypeError as e:
        print(e)
@functools.lru_cache(maxsize=3)
def ident(*args, **kw):
    return len(args) + len(kw)
print(ident(), ident(1, 2), ident(x=1), ident(1, x=1), ident(), ident.cache_info())

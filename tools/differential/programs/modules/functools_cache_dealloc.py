# functools.cache / lru_cache: results freed when evicted or cleared (__del__ order), methods bind through __get__, recursion fills the cache once
import functools, sys, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del D', self.n)
mk = functools.lru_cache(maxsize=1)(D)
mk(1); print('one')
mk(2); print('two')
mk(2); print('hit', mk.cache_info())
mk.cache_clear()
print('cleared')
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
class C:
    m = functools.lru_cache(maxsize=None)(lambda self, n: n * 2)
    c = functools.cache(lambda self: 'c')
o = C()
before = sys.getrefcount(o)
print(o.m(2), o.m(2), C.m.cache_info(), o.c(), o.c(), C.c.cache_info(), sys.getrefcount(o) - before)
print(type(C.__dict__['m']).__name__, type(o.m).__name__, C.m is C.__dict__['m'])
@functools.lru_cache()
def kw(a, *, b=1):
    return a + b
print(kw(1, b=2), kw(1, b=2), kw(1), kw.cache_info())
class Cyc:
    pass
c = Cyc()
c.f = functools.cache(lambda x: c)
c.f(1)
del c
gc.collect()
print(gc.collect(), gc.get_count())

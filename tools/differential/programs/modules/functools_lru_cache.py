# functools.lru_cache: the cache holds keys and results (refcounts), cache_clear lets them go, sizes, referents, attributes, gc counts
import functools, sys, gc
class R:
    pass
r = R()
@functools.lru_cache(maxsize=2)
def bounded(x):
    return r
@functools.lru_cache(maxsize=None)
def unbounded(x):
    return r
@functools.lru_cache(maxsize=0)
def uncached(x):
    return r
base = sys.getrefcount(r)
bounded(1), unbounded(1), uncached(1)
print(sys.getrefcount(r) - base, bounded.cache_info(), unbounded.cache_info(), uncached.cache_info())
k = (1, 2)
kbase = sys.getrefcount(k)
bounded(k), unbounded(k)
print(sys.getrefcount(k) - kbase, sys.getrefcount(r) - base)
o = object()
obase = sys.getrefcount(o)
unbounded(o), unbounded(o)
print(sys.getrefcount(o) - obase, unbounded.cache_info().hits)
bounded.cache_clear()
unbounded.cache_clear()
print(sys.getrefcount(r) - base, sys.getrefcount(k) - kbase, sys.getrefcount(o) - obase, bounded.cache_info())
print(len(gc.get_referents(bounded)), [type(x).__name__ for x in gc.get_referents(bounded)])
print(sorted(bounded.__dict__), sys.getsizeof(bounded), gc.is_tracked(bounded), type(bounded).__name__)
print(bounded.__name__, bounded.__qualname__, bounded.__module__, bounded.__wrapped__.__name__, bounded.cache_parameters())
gc.collect()
print(gc.get_count())
unbounded(5)
print(gc.get_count())
unbounded(5), bounded(7), bounded(8), bounded(9)
print(gc.get_count(), type(functools.lru_cache(3)).__name__, type(bounded.cache_info()).__name__)

# type(name, bases, dict) allocates like a class statement: refcounts, the copied dict, gc counts, collection of the class
import sys, gc
class Base: pass
d = {'a': 1, '__qualname__': 'Some.K'}
K = type('K', (Base,), d)
print(sys.getrefcount(K), K.__qualname__, K.__module__, sorted(K.__dict__), K.__dict__ is d, sys.getrefcount(d))
def make(name):
    return type(name, (), {})
gc.collect()
Q = make('Q')
print(gc.get_count(), sys.getrefcount(Q), Q.__module__, gc.is_tracked(Q))
gc.collect()
type('R', (), {})
print(gc.get_count())
gc.collect()
type('R', (Base,), {})
print(gc.get_count())
gc.collect()
type('R', (Base,), {})
print(gc.get_count())
del K, Q
print(gc.collect())
try:
    type('X', [], {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('X', (), [])
except TypeError as e:
    print('TypeError:', e)
try:
    type('X', ())
except TypeError as e:
    print('TypeError:', e)

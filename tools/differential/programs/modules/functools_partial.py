# functools.partial objects (attributes, flattening, merged keywords, repr, size, tracking, refcounts), reduce errors, wraps
import functools, sys, gc
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
base = sys.getrefcount(f)
p = functools.partial(f, 1, d=4)
print(p(2), p(2, 3, d=5), p.args, p.keywords, p.func is f, sys.getrefcount(f) - base)
q = functools.partial(p, 9)
print(q.func is f, q.args, q.keywords, q(), type(q).__name__, callable(q))
print(sys.getsizeof(p), gc.is_tracked(p), type(p.args).__name__, type(p.keywords).__name__)
print(repr(functools.partial(max, 1))[:30])
del p, q
print(sys.getrefcount(f) - base)
for bad in [lambda: functools.reduce(max, []), lambda: functools.partial(), lambda: functools.partial(3), lambda: functools.reduce(max)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, ['x'], 'y'))
def deco(fn):
    @functools.wraps(fn)
    def inner(*args):
        return fn(*args) * 2
    return inner
@deco
def triple(x):
    'Triples.'
    return x * 3
print(triple(2), triple.__name__, triple.__doc__, triple.__wrapped__(2), triple.__qualname__)

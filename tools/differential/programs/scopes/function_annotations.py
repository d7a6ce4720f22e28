# def f(x: int) -> str: __annotations__ is built at def time (evaluated values, CPython's order), made a dict on first access
import sys, gc
def f(x: int, y: 'str' = 'a', *args: float, z: list = None, **kw: dict) -> str:
    return 'r'
a = f.__annotations__
print(a)
print(sys.getrefcount(a), a is f.__annotations__, gc.is_tracked(a), sys.getsizeof(a))
def g(p, /, q: int, r: str): pass
print(list(g.__annotations__))
def h(x): pass
print(h.__annotations__, h.__annotations__ is h.__annotations__, sys.getsizeof(h.__annotations__))
gc.collect()
def k(p: int, q: int) -> None: pass
print(gc.get_count(), sys.getsizeof(k.__annotations__))
gc.collect()
def k2(p, q): pass
print(gc.get_count())
def outer():
    T = list
    def inner(v: T) -> T:
        return v
    return inner
print(outer().__annotations__, outer().__closure__)
order = []
def note(v):
    order.append(v)
    return v
def m(a: note('a') = note('default'), *, b: note('b') = note('kwdefault')) -> note('ret'): pass
print(order)
print((lambda v: v).__annotations__)

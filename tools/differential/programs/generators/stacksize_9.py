# co_stacksize (3.11 stack depth) of 10 def shapes, part 9: augmented assignment, displays, loops, returns, star calls, try blocks, with blocks, yield from
def f0(a):
    with a as (b, c): pass
def f1(a):
    with a as b.c: pass
def f2(a):
    with a as b[c]: pass
def f3(a):
    try:
        1
    except:
        pass
def f4(a):
    nonlocal_ = 1
    def g():
        nonlocal nonlocal_
        nonlocal_ += 1
    return g
def f5(*args, **kw):
    return super().f(*args, **kw)
def f6(a):
    return str(a).join(map(str, range(a)))
def f7(a):
    yield a
    yield from g(a, a)
def f8(a):
    return [x for x in a for y in [x * 2]]
def f9(a):
    try:
        raise ValueError('x') from None
    except ValueError as e:
        return e.__cause__, e.__context__
for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9]:
    print(fn.__name__, fn.__code__.co_stacksize)

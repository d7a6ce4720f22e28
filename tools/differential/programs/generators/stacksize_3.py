# co_stacksize (3.11 stack depth) of 7 def shapes, part 3: loops, returns, try blocks, with blocks
def f0(a):
    yield g(h(a), h(a))
def f1(a):
    yield a + (a + (a + a))
def f2(a):
    try:
        yield
    except E as e:
        pass
    else:
        pass
    finally:
        pass
def f3(a):
    for x in a:
        with a:
            yield
def f4(a):
    while True:
        yield a + (a + (a + a))
def f5(a):
    if 0:
        g(a, a, a, a)
    yield
def f6(a):
    for x in a:
        try:
            yield
        finally:
            return a
for fn in [f0, f1, f2, f3, f4, f5, f6]:
    print(fn.__name__, fn.__code__.co_stacksize)

# co_stacksize (3.11 stack depth) of 13 def shapes, part 1: loops, star calls, try blocks
def f0():
    yield
def f1(a):
    yield a + 1
def f2(a):
    yield g(a)
def f3(a):
    yield g(a, a, a)
def f4(a):
    yield a.m()
def f5(a):
    yield a.m(a, a)
def f6(a):
    yield g(a, k=1, j=2)
def f7(a):
    yield g(*a)
def f8(a):
    yield g(*a, **a)
def f9(a):
    yield g(**a)
def f10(a):
    yield g(1, *a)
def f11(a):
    for x in a:
        for y in a:
            yield x
def f12(a):
    try:
        yield 1
    except E:
        pass
for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12]:
    print(fn.__name__, fn.__code__.co_stacksize)

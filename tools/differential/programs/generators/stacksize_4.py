# co_stacksize (3.11 stack depth) of 13 def shapes, part 4: augmented assignment, displays, f-strings, loops, star calls, try blocks, with blocks
def f0(a):
    for x in a:
        with a:
            break
    yield
def f1(a):
    try:
        yield
    finally:
        a + (a + a)
def f2(a):
    yield a in [1, 2, 3]
def f3(a):
    yield a in [a, a, a]
def f4(a):
    a, b, c = c, b, a
    yield
def f5(a):
    yield f'{a}{a}{a}{a}'
def f6(a):
    yield {**a, 1: a}
def f7(a):
    a[1:2] = yield
def f8(a):
    assert a, g(a)
    yield
def f9(a):
    yield (yield a) + (yield a)
def f10(a):
    yield [x + y for x in a for y in a]
def f11(a):
    a[0] += yield
def f12(a):
    a.b += yield
for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12]:
    print(fn.__name__, fn.__code__.co_stacksize)

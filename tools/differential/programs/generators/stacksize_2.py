# co_stacksize (3.11 stack depth) of 14 def shapes, part 2: comparisons, displays, f-strings, try blocks, with blocks, yield from
def f0(a):
    try:
        yield 1
    finally:
        pass
def f1(a):
    with a as b:
        yield 1
def f2(a):
    with a, a:
        yield 1
def f3(a):
    yield f'{a} {a}'
def f4(a):
    yield f'{a!r:>{a}}'
def f5(a):
    yield [a, *a]
def f6(a):
    yield {a: a, 1: 2}
def f7(a):
    yield a[1:2:3]
def f8(a):
    a[1] = yield
def f9(a):
    yield a < a < a
def f10(a):
    x, y = yield
def f11(a):
    yield from a
def f12(a):
    yield (1, 2, 3)
def f13(a):
    yield (a, a, a)
for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13]:
    print(fn.__name__, fn.__code__.co_stacksize)

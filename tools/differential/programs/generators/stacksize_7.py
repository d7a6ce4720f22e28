# co_stacksize (3.11 stack depth) of 10 def shapes, part 7: displays, lambdas, loops, returns, try blocks
def f0(a):
    try:
        pass
    except E:
        try:
            pass
        except F as e:
            return g(a, a, a)
def f1(a):
    while True:
        try:
            x = yield
        except GeneratorExit:
            return
        else:
            print(x)
def f2(a):
    g = (x * y for x in a for y in x if y)
    return g
def f3(a):
    return [(lambda: x) for x in a]
def f4(a):
    b, (c, d), *e = a
def f5(a):
    a.b.c[d.e] = f(g)[h]
def f6(a):
    del a.b, a[1], a[1:2:3]
def f7(a):
    x = a[1:2][::3]
def f8(a):
    x = a[...]
def f9(a):
    yield g(*[a, a])
for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9]:
    print(fn.__name__, fn.__code__.co_stacksize)

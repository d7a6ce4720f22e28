# co_stacksize (3.11 stack depth) of 14 def shapes, part 8: comparisons, displays, f-strings, loops, returns, star calls
def f0(a):
    if a:
        return 1
    elif a > 1:
        return g(a, a, a)
    else:
        return 3
def f1(a):
    assert isinstance(a, int), f'bad {a!r}'
def f2(a):
    return not (a and not a or a)
def f3(a):
    return a < 1 < a < 2
def f4(a):
    if a < 1 < a < g(a, a):
        pass
def f5(a):
    x = a if a < 1 < 2 else g(a)
def f6(a):
    return -a ** 2 + ~a
def f7(a):
    return 'abc'[1] + (1, 2)[0] * 3
def f8(a):
    for x in {1, 2, 3}: pass
def f9(a):
    return a in {1, 2, a}
def f10(a):
    return [*a, *a, *a]
def f11(a):
    return {*a, 1}
def f12(a):
    return {**a, **a}
def f13(a):
    x = y = a, b = a
for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13]:
    print(fn.__name__, fn.__code__.co_stacksize)

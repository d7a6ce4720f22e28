# co_stacksize (3.11 stack depth) of 7 def shapes, part 6: f-strings, lambdas, loops, returns, star calls, try blocks, with blocks
def f0(a):
    return f'{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x{a}x'
def f1(a):
    return a.m(*a, k=1)
def f2(a):
    return a.m(**a)
def f3(a):
    return g(a, *a, a, k=1, **a, j=2)
def f4(a, b):
    return lambda x, y=b, *, z=a: x + y + z + a
def f5(a):
    for x in a:
        for y in a:
            for z in a:
                with a:
                    try:
                        return x
                    finally:
                        return y
def f6(a):
    try:
        pass
    finally:
        try:
            pass
        finally:
            return g(a, a)
for fn in [f0, f1, f2, f3, f4, f5, f6]:
    print(fn.__name__, fn.__code__.co_stacksize)

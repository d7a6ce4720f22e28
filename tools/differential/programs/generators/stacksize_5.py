# co_stacksize (3.11 stack depth) of 12 def shapes, part 5: classes, decorators, displays, imports, loops, returns, star calls
def f0(a):
    import sys
    yield sys
def f1(*a, **k):
    yield g(*a, **k, z=1)
def f2(a):
    for x, y in a:
        yield
def f3(a, b, c):
    def g(x: int, *y: str, z: float = 1.0, **w: dict) -> list:
        return a + b + c
    return g
def f4(a):
    @d(1, 2)
    @e
    def g(): pass
def f5(a):
    x = 1
    class C:
        def m(self): return x + __class__
    return C
def f6(a):
    return g(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
def f7(a):
    return g(k0=a, k1=a, k2=a, k3=a, k4=a, k5=a, k6=a, k7=a, k8=a, k9=a, k10=a, k11=a, k12=a, k13=a, k14=a, k15=a, k16=a, k17=a, k18=a, k19=a)
def f8(a):
    return {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a, 'k19': a}
def f9(a):
    return {a0: a, a1: a, a2: a, a3: a, a4: a, a5: a, a6: a, a7: a, a8: a, a9: a, a10: a, a11: a, a12: a, a13: a, a14: a, a15: a, a16: a, a17: a, a18: a, a19: a}
def f10(a):
    return [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
def f11(a):
    return (a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11]:
    print(fn.__name__, fn.__code__.co_stacksize)

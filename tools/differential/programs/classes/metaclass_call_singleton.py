# a metaclass __call__ controls instance creation: a singleton, counted calls, refcounts of the one instance
import sys, gc
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self, v=0):
        self.v = v
        print('init', v)
a = S(1)
b = S(2)
print(a is b, a.v, sys.getrefcount(a), len(Single._inst))
class T(S):
    pass
t = T(3)
print(t is a, type(t).__name__, t.v, len(Single._inst))
del a, b
print(sys.getrefcount(Single._inst[S]))
class Counting(type):
    calls = 0
    def __call__(cls, *a):
        Counting.calls += 1
        return super().__call__(*a)
class P(metaclass=Counting):
    pass
ps = [P() for _ in range(3)]
print(Counting.calls, sys.getsizeof(ps[0]), sys.getrefcount(P))
del ps
gc.collect()
print(sys.getrefcount(P))

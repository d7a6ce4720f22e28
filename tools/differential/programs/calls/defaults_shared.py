# defaults are evaluated once: a mutable default is shared between calls and held by __defaults__
import sys
def f(x, acc=[]):
    acc.append(x)
    return acc
a = f(1)
b = f(2)
print(a, a is b, a is f.__defaults__[0])
print(sys.getrefcount(a))
print(sys.getrefcount(f.__defaults__), sys.getsizeof(f.__defaults__))
f.__defaults__ = ([],)
print(f(3), sys.getrefcount(a))

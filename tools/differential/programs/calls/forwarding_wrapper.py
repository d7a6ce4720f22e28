# a wrapper forwards *args and **kwargs to the wrapped function unchanged
import sys
def target(a, b, c=0, *, d=1):
    return a + b + c + d
def wrapper(*args, **kwargs):
    print(args, kwargs)
    return target(*args, **kwargs)
print(wrapper(1, 2))
print(wrapper(1, b=2, d=10))
print(wrapper(*[1, 2, 3], **{'d': 0}))
x = [5]
def w2(*args, **kwargs):
    return sys.getrefcount(x)
print(w2(x, k=x))

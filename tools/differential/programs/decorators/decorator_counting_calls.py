# a decorator keeps per-function state in its closure with nonlocal
def counted(f):
    n = 0
    def wrapper(*a, **k):
        nonlocal n
        n += 1
        wrapper.calls = n
        return f(*a, **k)
    return wrapper
@counted
def sq(x):
    return x * x
print([sq(i) for i in range(4)], sq.calls, sq.__closure__[1].cell_contents)
print(sorted(counted.__code__.co_cellvars), sq.__code__.co_freevars)

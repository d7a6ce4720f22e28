# a comprehension that reads a function's variable turns it into a cell (3.11 comprehensions are functions)
def f():
    k = 10
    return [k + j for j in range(3)]
def g():
    k = 10
    return [j for j in range(3)]
print(f(), f.__code__.co_cellvars)
print(g(), g.__code__.co_cellvars)
def h():
    k = 2
    return {j: k * j for j in range(3)}, {k + j for j in range(2)}
print(h(), h.__code__.co_cellvars)

# a closure holds its free variable in a cell: __closure__, cell_contents, co_freevars, co_cellvars
import sys
def outer():
    x = [1, 2]
    def inner():
        return x
    return inner
f = outer()
print(f.__code__.co_freevars, outer.__code__.co_cellvars)
print(outer.__code__.co_freevars, f.__code__.co_cellvars)
print(len(f.__closure__), type(f.__closure__).__name__)
c = f.__closure__[0]
print(type(c).__name__, c.cell_contents)
print(c.cell_contents is f())
print(sys.getrefcount(c.cell_contents))
print(outer.__closure__)

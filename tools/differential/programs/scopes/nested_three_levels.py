# a variable used two levels down becomes a free variable of the middle function too
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle
m = outer()
i = m()
print(outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(m.__code__.co_cellvars, m.__code__.co_freevars)
print(i.__code__.co_cellvars, i.__code__.co_freevars)
print(m.__closure__[0] is i.__closure__[0], i())

# nonlocal rebinds the variable in the enclosing function's cell
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents)
d = make_counter()
print(d(), c())
print(c.__code__.co_freevars, make_counter.__code__.co_cellvars)

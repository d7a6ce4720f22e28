# nonlocal reaches past a function that does not use the name; both see the same cell
def outer():
    total = 0
    def middle():
        def inner(v):
            nonlocal total
            total += v
        return inner
    add = middle()
    add(5); add(7)
    return total, middle.__code__.co_freevars
print(outer())
def two():
    a = b = 0
    def set_both():
        nonlocal a, b
        a, b = 1, 2
    set_both()
    return a, b, two.__code__.co_cellvars
print(two())

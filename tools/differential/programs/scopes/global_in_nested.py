# a global declaration in a nested function skips the enclosing function's local of that name
v = 'module'
def outer():
    v = 'outer local'
    def inner():
        global v
        v = 'set by inner'
    inner()
    return v
print(outer(), v)
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)

# lambdas made in a loop share one cell and all see its last value; a default binds early
def make():
    fs = []
    for i in range(4):
        fs.append(lambda: i)
    return fs
fs = make()
print([f() for f in fs])
print(len({id(f.__closure__[0]) for f in fs}))
def make_early():
    return [lambda i=i: i for i in range(4)]
es = make_early()
print([f() for f in es], es[0].__closure__)
print(es[1].__defaults__)

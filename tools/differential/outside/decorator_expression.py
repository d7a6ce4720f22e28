# a decorator that is any expression (PEP 614) is refused: the parser takes a dotted name with one call
# expect: NotImplementedError line 3
@(lambda f: f)
def g():
    return 1
print(g())

# nonlocal naming a variable no enclosing function binds is a SyntaxError
# expect-exit: 1
# compare: stderr
def f():
    def g():
        nonlocal missing
        missing = 1
    g()
f()

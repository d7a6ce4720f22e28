# nonlocal naming a variable no enclosing function binds is a SyntaxError
# expect: SyntaxError line 5
def f():
    def g():
        nonlocal missing
        missing = 1
    g()
f()

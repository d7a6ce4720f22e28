# a name used before its nonlocal declaration is a SyntaxError from the symtable
# expect-exit: 1
# compare: stderr
def g():
    x = 0
    def f():
        print(x)
        nonlocal x

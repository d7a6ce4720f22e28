# a name used before its global declaration is a SyntaxError
# expect-exit: 1
# compare: stderr
x = 1
def f():
    print(x)
    global x
f()

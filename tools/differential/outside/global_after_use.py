# a name used before its global declaration is a SyntaxError
# expect: SyntaxError line 6
x = 1
def f():
    print(x)
    global x
f()

# equal large int constants across functions of one module are one object
def f():
    return 123456789
def g():
    return 123456789
print(f() is g())
x = 123456789
print(x is f())

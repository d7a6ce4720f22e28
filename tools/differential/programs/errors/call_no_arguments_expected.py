# a function without parameters given one argument raises TypeError
# compare: error line
def f():
    return 0
g = lambda: 1
print(f(), g())
g(5)
print('not reached')

# passing more positional arguments than a function takes raises TypeError
# compare: error line
def f(a, b=1):
    return a
print(f(1, 2))
f(1, 2, 3)
print('not reached')

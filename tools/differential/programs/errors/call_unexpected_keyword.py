# an unknown keyword argument raises TypeError
# compare: error line
def f(a, *args):
    return a
print(f(1, 2, 3))
f(1, z=2)
print('not reached')

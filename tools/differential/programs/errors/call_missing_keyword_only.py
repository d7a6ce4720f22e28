# a missing keyword-only argument is named in the TypeError
# compare: error line
def f(a, *, key, other):
    return a
print(f(1, key=2, other=3))
f(1, other=3)
print('not reached')

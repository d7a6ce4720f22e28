# a call missing a required argument raises TypeError and exits with status 1
# compare: error line
def f(a, b, *, c):
    return a
print(f(1, 2, c=3))
f(1)
print('not reached')

# two missing positional arguments are listed with 'and'
# compare: error line
def f(a, b, c):
    return a
print(f(1, 2, 3))
f(1)
print('not reached')

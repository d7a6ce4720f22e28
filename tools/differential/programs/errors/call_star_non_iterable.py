# unpacking a non-iterable with * in a call raises TypeError
# compare: error line
def f(*a):
    return a
print(f(*'ab'))
f(*5)
print('not reached')

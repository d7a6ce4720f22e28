# ** with a duplicate keyword raises TypeError
# compare: error line
def f(**k):
    return k
print(f(**{'a': 1}, b=2))
f(a=1, **{'a': 2})
print('not reached')

# ** on something that is not a mapping raises TypeError
# compare: error line
def f(**k):
    return k
print(f(**{'x': 1}))
f(**[1, 2])
print('not reached')

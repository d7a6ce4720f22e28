# giving a parameter both by position and by keyword raises TypeError
# compare: error line
def f(a, b):
    return a
print(f(1, b=2))
f(1, a=2)
print('not reached')

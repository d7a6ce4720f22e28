# passing a positional-only parameter by keyword raises TypeError
# compare: error line
def f(a, /, b):
    return a
print(f(1, b=2))
f(a=1, b=2)
print('not reached')

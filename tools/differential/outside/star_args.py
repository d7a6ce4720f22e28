# *args parameters are outside the subset
# expect: NotImplementedError line 3
def f(*args):
    return len(args)
print(f(1, 2))

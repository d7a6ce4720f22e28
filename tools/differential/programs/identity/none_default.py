# a default of None is the None singleton
def f(x=None):
    return x is None
print(f(), f(0), f(None))

# **kwargs parameters are outside the subset
# expect: NotImplementedError line 3
def f(**kw):
    return kw
print(f(a=1))

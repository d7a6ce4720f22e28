# decorators are outside the subset
# expect: NotImplementedError line 5
def deco(f):
    return f
@deco
def g():
    return 1

# a raised ValueError is caught by its except clause; its type, args and str
try:
    print('before')
    raise ValueError('bad value', 3)
    print('not reached')
except ValueError as e:
    print(type(e).__name__, e.args, str(e), repr(e))
print('after')

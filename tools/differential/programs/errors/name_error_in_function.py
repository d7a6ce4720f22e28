# NameError raised inside a function call
def f():
    return missing + 1
print('calling')
f()

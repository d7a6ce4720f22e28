# zero-argument super() in a plain function raises RuntimeError
def f():
    return super()
print('calling')
f()

# an exception raised while handling another prints both, joined by 3.11's context line
def f():
    try:
        {}['key']
    except KeyError:
        raise ValueError('while handling')
print('calling')
f()

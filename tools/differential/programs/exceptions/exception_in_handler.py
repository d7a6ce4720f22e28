# an error inside an except clause propagates with the handled one as its context
def f():
    try:
        raise ValueError('first')
    except ValueError:
        return undefined
try:
    f()
except NameError as e:
    print(e, '/', repr(e.__context__))
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise
    finally:
        print('finally after reraise')
except KeyError as e:
    print('outer', repr(e))

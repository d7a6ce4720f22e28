# an exception raised in finally replaces the one in flight, which becomes its context
try:
    try:
        raise ValueError('original')
    finally:
        raise TypeError('replacement')
except Exception as e:
    print(repr(e), repr(e.__context__))
def f():
    try:
        return 'value'
    finally:
        {}['missing']
try:
    f()
except KeyError as e:
    print('return replaced by', repr(e), e.__context__)

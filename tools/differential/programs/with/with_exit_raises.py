# an exception raised in __exit__ replaces the body's exception, which becomes its context
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise TypeError('from exit')
try:
    with M():
        raise ValueError('from body')
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    with M():
        print('clean body')
except TypeError as e:
    print('no body error:', repr(e), e.__context__)

# __exit__ receives the type, value and traceback of an exception raised in the body
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno, v.__traceback__ is tb)
        return False
try:
    with Ctx():
        print('raising')
        raise KeyError('in body')
except KeyError as e:
    print('propagated', repr(e))

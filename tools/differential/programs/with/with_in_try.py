# with inside try/except/finally: __exit__ runs before the handler and the finally block
class M:
    def __enter__(self):
        print('enter')
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
try:
    with M():
        raise KeyError('k')
except KeyError:
    print('handler')
finally:
    print('finally')

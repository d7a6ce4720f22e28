# the inner manager suppresses, so the outer one sees no exception
class M:
    def __init__(self, n, suppress):
        self.n = n
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t else None)
        return self.suppress
with M('outer', False), M('inner', True):
    raise RuntimeError('x')
print('continued')
try:
    with M('outer', False), M('inner', False):
        raise RuntimeError('y')
except RuntimeError as e:
    print('caught', e)

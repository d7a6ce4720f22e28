# a raised class reaches __exit__ already instantiated; a bare raise in the body re-raises
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, type(v).__name__, v.args)
        return True
with M():
    raise IndexError
try:
    raise KeyError('k')
except KeyError:
    with M():
        raise
print('end')

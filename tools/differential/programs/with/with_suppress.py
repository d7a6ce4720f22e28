# a true return from __exit__ suppresses the exception and execution continues after the block
class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.kind)
with Suppress(ZeroDivisionError):
    1 / 0
    print('not reached')
print('after suppressed block')
try:
    with Suppress(ZeroDivisionError):
        [][0]
except IndexError:
    print('IndexError was not suppressed')

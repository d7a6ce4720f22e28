# any truthy value returned by __exit__ suppresses; falsy values do not
class Ret:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return None
    def __exit__(self, *args):
        return self.value
for value in [1, 'yes', [0], 0, '', None, []]:
    try:
        with Ret(value):
            raise ValueError(repr(value))
        print(repr(value), 'suppressed')
    except ValueError as e:
        print(e, 'propagated')

# raise ... from None suppresses the context but still records it
try:
    try:
        int('x')
    except ValueError:
        raise RuntimeError('clean') from None
except RuntimeError as r:
    print(repr(r), r.__cause__, r.__suppress_context__, type(r.__context__).__name__)
e = ValueError('v')
e.__cause__ = KeyError('k')
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)

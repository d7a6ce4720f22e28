# a docstring is the first statement of a function or class and becomes __doc__
def f():
    "Docstring of f."
    return 1
def g():
    x = 1
    "not a docstring"
    return x
class K:
    """Docstring of K."""
    def m(self):
        'Docstring of m.'
print(f.__doc__, g.__doc__)
print(K.__doc__, K.m.__doc__, K().m.__doc__)
f.__doc__ = 'changed'
print(f.__doc__)

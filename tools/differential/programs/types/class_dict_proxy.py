# a class __dict__ is a mappingproxy with CPython's keys in CPython's order
import sys
class K: pass
class M:
    'doc'
    x = 1
    def f(self): pass
d = K.__dict__
print(type(d).__name__, list(d), len(d))
print(list(M.__dict__))
print(M.__dict__['x'], M.__dict__['__doc__'], K.__doc__)
print(d is K.__dict__, sys.getrefcount(d))
print('x' in M.__dict__, M.__dict__.get('y', 'no'))

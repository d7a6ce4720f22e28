# importing the user's own module runs it once, binds the module, and keeps it in sys.modules
import sys
import _shapes
print(sorted([k for k in _shapes.__dict__ if not k.startswith('__')]))
print(_shapes.__name__, _shapes.__package__, _shapes.__doc__, _shapes.__file__.endswith('_shapes.py'), type(_shapes))
s = _shapes.make('square')
print(s.sides(), type(s).__module__, _shapes.Shape.__qualname__, _shapes.make.__module__)
import _shapes as again
print(again is _shapes, sys.modules['_shapes'] is _shapes, sys.getrefcount(_shapes))
from _shapes import SIDES, make
print(SIDES, sys.getrefcount(SIDES), make('triangle').sides(), sys.getsizeof(_shapes))
print(__name__, sys.getrefcount(s))
del again
print(sys.getrefcount(_shapes))
if __name__ == '__main__':
    print('main block runs')

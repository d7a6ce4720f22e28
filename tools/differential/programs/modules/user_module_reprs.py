# classes from the user's module carry its name in reprs (type, instance, __module__), modules loaded from files say so
import sys, gc, weakref
import _shapes
s = _shapes.make('square')
print(_shapes.Shape, repr(s).split(' object at ')[0], _shapes.Shape.__module__, type(s).__qualname__)
print(repr(_shapes).split(' from ')[0], repr(_shapes).endswith("_shapes.py'>"), sys, gc)
r = repr(weakref.ref(s))
print(r[r.index(';'):r.index(' at', r.index(';'))])
class Local:
    pass
Local.__module__ = 'elsewhere'
print(Local, repr(Local()).split(' object')[0])
Local.__module__ = 7
print(Local, repr(Local()).split(' object')[0])
Local.__qualname__ = 'Outer.Inner'
print(Local, Local.__name__, Local.__qualname__, repr(Local()).split(' object')[0])
try:
    Local.__qualname__ = 3
except TypeError as e:
    print(e)
print(sys.getrefcount(_shapes.Shape), sys.getrefcount(s))

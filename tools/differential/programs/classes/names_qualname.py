# __name__, __qualname__ and __module__ of classes, nested classes and their methods
import sys
class Outer:
    class Inner:
        def m(self): pass
    def f(self): pass
print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.f.__qualname__, Outer.Inner.m.__qualname__)
print(sys.getrefcount(Outer.Inner))

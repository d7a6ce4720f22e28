# a metaclass __repr__ and property apply to its classes; type(name, bases, dict) on a base with a metaclass uses it
import sys
class Meta(type):
    def __repr__(cls):
        return '<Meta ' + cls.__name__ + '>'
    @property
    def upper(cls):
        return cls.__name__.upper()
class A(metaclass=Meta):
    pass
print(repr(A), A.upper, [A], type(A).__name__)
B = type('B', (A,), {'z': 2})
print(B, type(B) is Meta, B.z, B.upper, B.__module__, B.__qualname__)
C = Meta('C', (), {'__qualname__': 'Outer.C'})
print(C.__qualname__, C.__name__, sys.getrefcount(C), sys.getsizeof(C))
print(A.__class__ is Meta, type(A()) is A)

# type(name, bases, dict) builds a class like the class statement does
import sys, gc
gc.collect()
class Base:
    def hi(self): return 'hi from ' + type(self).__name__
X = type('X', (Base,), {'n': 5})
print(X.__name__, X.__bases__ == (Base,), X.n, X().hi())
print(sys.getrefcount(X), list(X.__dict__))
print(sys.getsizeof(X), gc.is_tracked(X))
del X
print(gc.collect())

# __subclasses__() lists live direct subclasses; a dead subclass disappears after collection
import gc
gc.collect()
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
del B
print(gc.collect())
print([k.__name__ for k in Base.__subclasses__()])

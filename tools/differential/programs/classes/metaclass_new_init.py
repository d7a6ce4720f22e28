# a metaclass __new__ and __init__ see the class name, bases, namespace and class keywords; gc counts of each way
import sys, gc
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('new', mcls.__name__, name, bases, sorted(ns), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
class E(metaclass=Meta, flag=1):
    def method(self):
        return 'm'
print(E.tag, type(E).__name__, E().method(), sys.getrefcount(E))
class F(E):
    pass
print(F.tag, type(F) is Meta)
class MN(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class MI(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
def make_new():
    class C(metaclass=MN): pass
def make_init():
    class C(metaclass=MI): pass
for fn in (make_new, make_init, make_new):
    gc.collect()
    fn()
    print(fn.__name__, gc.get_count())
print(gc.collect())

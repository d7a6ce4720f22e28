# __prepare__ supplies the class namespace; the class dict is a copy of it; metaclass methods and attributes are reached from the class
import sys, gc
class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        ns = {'preset': 42}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print('keys', list(ns))
        return super().__new__(mcls, name, bases, ns)
    def describe(cls):
        return 'class ' + cls.__name__
    kind = 'recorded'
class R(metaclass=Recording, opt=True):
    a = 1
    def f(self): pass
print(R.preset, R.a, R.describe(), R.kind, sys.getrefcount(R))
print('describe' in R.__dict__, hasattr(R(), 'describe'))
try:
    R().kind
except AttributeError as e:
    print('AttributeError:', e)
class Q(R, opt=False):
    pass
print(Q.preset, Q.describe())
gc.collect()
class MP(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
def make():
    class C(metaclass=MP): pass
gc.collect()
make()
print(gc.get_count())

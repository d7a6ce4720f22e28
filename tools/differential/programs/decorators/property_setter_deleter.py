# a property's setter and deleter run on assignment and del; each makes a new property object
import sys
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    first = c
    @c.setter
    def c(self, v):
        print('set', v)
        self._c = v
    @c.deleter
    def c(self):
        print('delete')
        del self._c
t = Temp()
t.c = 21
print(t.c, t.__dict__)
del t.c
print(t.__dict__, Temp.first is Temp.c, Temp.first.fset, Temp.c.fset.__name__)
print(sys.getrefcount(Temp.c.fget))

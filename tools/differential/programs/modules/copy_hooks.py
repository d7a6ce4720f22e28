# copy hooks: __copy__ and __deepcopy__ (with the memo), __getstate__/__setstate__, __slots__ state
import copy
class Own:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Own(self.v + 100)
    def __deepcopy__(self, memo):
        print('deepcopy memo', type(memo).__name__, len(memo))
        return Own([self.v])
print(copy.copy(Own(1)).v, copy.deepcopy(Own(2)).v, copy.deepcopy([Own(3)])[0].v)
class State:
    def __init__(self):
        self.a = 1
        self.b = [2]
    def __getstate__(self):
        return {'a': self.a * 10}
    def __setstate__(self, st):
        print('setstate', st)
        self.__dict__.update(st)
s = copy.copy(State())
print(vars(s), copy.deepcopy(State()).a)
class Slots:
    __slots__ = ('x', 'y')
o = Slots()
o.x = [1]
c = copy.copy(o)
dc = copy.deepcopy(o)
print(c.x is o.x, dc.x == o.x, dc.x is o.x, hasattr(c, 'y'))

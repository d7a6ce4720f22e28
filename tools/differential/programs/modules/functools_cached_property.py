# functools.cached_property: computed once into the instance __dict__, del recomputes, assignment wins, errors without __dict__ or __set_name__
import functools, sys, gc
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('computing')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__, type(Circle.__dict__['area']).__name__, Circle.area.attrname, Circle.area.func.__name__)
del c.area
print(c.area, 'area' in vars(c))
c.area = 5
print(c.area)
class S:
    __slots__ = ('x',)
    @functools.cached_property
    def p(self):
        return 1
try:
    S().p
except TypeError as e:
    print(e)
cp = functools.cached_property(lambda self: 1)
class T:
    pass
T.p = cp
try:
    T().p
except TypeError as e:
    print(e)
print(sorted(vars(Circle.area)), Circle.area.__doc__)

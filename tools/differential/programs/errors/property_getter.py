# property turns a method into a read-only computed attribute
# compare: error line
import sys
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, type(Circle.__dict__['area']).__name__, Circle.area.fget.__name__)
print(sys.getsizeof(Circle.__dict__['area']), sys.getrefcount(Circle.__dict__['area']))
print('area' in c.__dict__, Circle.area.fset, Circle.area.fdel)
c.area = 5
print('not reached')

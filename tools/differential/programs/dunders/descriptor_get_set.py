# a data descriptor (__get__/__set__) takes precedence over the instance dict; stored values' refcounts
import sys
class Field:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Rec:
    x = Field()
r = Rec()
v = [1]
r.x = v
print(r.x is v, sorted(vars(r)), type(Rec.x).__name__, sys.getrefcount(v))
r.__dict__['x'] = 'shadow?'
print(r.x is v)

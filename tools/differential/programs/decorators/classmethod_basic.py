# a classmethod receives the class, also when called through an instance or a subclass
import sys
class Base:
    @classmethod
    def make(cls, *args):
        return cls.__name__, args
class Sub(Base):
    pass
print(Base.make(1), Sub.make(), Sub().make(2))
bm = Base.make
print(type(bm).__name__, bm.__self__ is Base, bm.__func__ is Base.__dict__['make'].__func__)
print(Base.make is Base.make, Base.make == Base.make)
print(sys.getsizeof(Base.__dict__['make']), sys.getsizeof(bm))

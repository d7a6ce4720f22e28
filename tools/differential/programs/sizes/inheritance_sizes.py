# subclasses: a plain subclass is like its base; slots add up
import sys
class Base:
    __slots__ = ('a', 'b')
class More(Base):
    __slots__ = ('c',)
class Plain(Base):
    pass
print(sys.getsizeof(Base()), sys.getsizeof(More()), sys.getsizeof(Plain()))

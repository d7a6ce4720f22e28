# the class __dict__ keys for __slots__ classes and for subclasses
class S:
    __slots__ = ('a', 'b')
class Sub(S): pass
class Plain: pass
class Child(Plain):
    y = 2
print(list(S.__dict__))
print(list(Sub.__dict__))
print(list(Child.__dict__))
print(type(S.__dict__['a']).__name__, type(Plain.__dict__['__dict__']).__name__)

# a metaclass keyword in a class statement is outside the subset
# expect: NotImplementedError line 5
class Meta(type):
    pass
class C(metaclass=Meta):
    pass

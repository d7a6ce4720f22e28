# AttributeError setting an attribute not in __slots__
class S:
    __slots__ = ('a',)
s = S()
s.a = 1
print(s.a)
s.b = 2

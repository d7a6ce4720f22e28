# an unset or deleted __slots__ member: hasattr is False, reading names the object, deleting again names only the member
class T:
    __slots__ = ('a',)
t = T()
print(hasattr(t, 'a'))
t.a = 1
del t.a
print(hasattr(t, 'a'))
try:
    del t.a
except AttributeError as e:
    print(e)
try:
    t.a
except AttributeError as e:
    print(e)

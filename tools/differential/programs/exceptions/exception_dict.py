# exception instances get a __dict__ for extra attributes; __notes__ via add_note (3.11)
e = ValueError('v')
e.extra = 5
print(e.__dict__, e.extra)
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
k = KeyError('k')
print(hasattr(k, '__notes__'), k.__dict__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)

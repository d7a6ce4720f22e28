# throw() into an unstarted generator, throw() argument errors

def h():
    yield 1
y = h()
try:
    y.throw(IndexError('not started'))
except IndexError as e:
    print('unstarted', e)
print(list(y))
try:
    h().throw(1)
except TypeError as e:
    print(e)
try:
    h().throw(ValueError('v'), 1)
except TypeError as e:
    print(e)

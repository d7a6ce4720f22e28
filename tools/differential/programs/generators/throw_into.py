# gen.throw(): the exception raised at the yield, caught inside (the next value is throw's result) or propagating; throw(type, value); throw on a finished generator
def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', repr(e))
            yield 'handled'

x = g()
print(next(x))
print(x.throw(ValueError('bad')))
print(next(x))
print(x.throw(ValueError, 'two'))
print(next(x))
print(x.throw(ValueError, ValueError('inst')))
try:
    x.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(x.gi_frame)
try:
    x.throw(TypeError('after'))
except TypeError as e:
    print('finished generator re-raises', e)

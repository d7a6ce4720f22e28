# args, str and repr of builtin exceptions with zero, one and several arguments
for cls in [Exception, ValueError, TypeError, KeyError, IndexError, RuntimeError, ZeroDivisionError]:
    print(cls.__name__)
    for e in [cls(), cls('one'), cls('a', 2), cls(3)]:
        print(' ', e.args, '|' + str(e) + '|', repr(e))
print(str(KeyError('quoted')), str(KeyError()), str(KeyError(1, 2)))
print(repr(Exception('it''s')), str(Exception(None)), repr(Exception(None)))
e = ValueError('x')
e.args = ('changed', 1)
print(e, repr(e), e.args)

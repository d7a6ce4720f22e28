# close(): a generator that yields again on close is a RuntimeError, one that re-raises GeneratorExit closes quietly
import gc

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        yield 'again'

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('exiting quietly')
        raise

c = catcher()
next(c)
c.close()

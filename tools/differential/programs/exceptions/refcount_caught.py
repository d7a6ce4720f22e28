# reference counts of a caught exception: the handler's name, the thread state, and a saved alias
import sys
try:
    raise ValueError('v')
except ValueError as e:
    print(sys.getrefcount(e))
    saved = e
    print(sys.getrefcount(e))
print(sys.getrefcount(saved))
def f():
    try:
        raise KeyError('k')
    except KeyError as e:
        return e
r = f()
print(sys.getrefcount(r))
x = ValueError()
print(sys.getrefcount(x))

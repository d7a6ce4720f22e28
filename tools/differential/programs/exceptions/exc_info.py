# sys.exc_info() inside and outside a handler, and sys.exception() (new in 3.11)
import sys
print(sys.exc_info())
print(sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info(), sys.exception())
def g():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print('seen from a called function', g().__name__)

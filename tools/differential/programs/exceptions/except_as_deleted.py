# the name bound by `except ... as e` is deleted when the handler ends
import sys
e = 'outer'
try:
    raise KeyError('k')
except KeyError as e:
    print('inside', repr(e), sys.getrefcount(e))
try:
    print(e)
except NameError as err:
    print('NameError', err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    try:
        return x
    except UnboundLocalError as u:
        return 'unbound: ' + str(u)
print(f())

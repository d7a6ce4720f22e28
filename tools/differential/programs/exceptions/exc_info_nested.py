# nested handlers: sys.exc_info() shows the innermost one and is restored when it ends
import sys
try:
    raise ValueError('outer')
except ValueError:
    print(repr(sys.exc_info()[1]))
    try:
        raise KeyError('inner')
    except KeyError:
        print(repr(sys.exc_info()[1]), repr(sys.exc_info()[1].__context__))
    print(repr(sys.exc_info()[1]))
print(sys.exc_info()[0])
try:
    raise TypeError('t')
except TypeError:
    try:
        pass
    finally:
        print('finally sees', repr(sys.exc_info()[1]))

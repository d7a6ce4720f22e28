# raising a class instantiates it; raising something else is a TypeError
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print(e)

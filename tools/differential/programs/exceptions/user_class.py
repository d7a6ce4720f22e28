# user exception classes: subclassing, custom attributes, catching by base class
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        Exception.__init__(self, 'no ' + key)
        self.key = key
try:
    raise NotFound('user')
except AppError as e:
    print(type(e).__name__, e.key, e.args, str(e), repr(e))
    print(isinstance(e, NotFound), isinstance(e, Exception), [c.__name__ for c in type(e).__mro__])
class Plain(ValueError):
    pass
try:
    raise Plain
except ValueError as e:
    print(repr(e), e.args, str(e) == '')

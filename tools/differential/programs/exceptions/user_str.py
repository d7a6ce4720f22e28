# a user exception class can define __str__ and __repr__; print and str use them
class Err(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return 'code ' + str(self.code)
try:
    raise Err(42)
except Err as e:
    print(e, repr(e), e.args)
class R(Exception):
    def __repr__(self):
        return 'R!'
r = R('x')
print(str(r), repr(r), [r])

# a local of the raising frame is freed when the handler ends and drops the exception
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)
def fail():
    r = Res('local')
    raise ValueError('x')
try:
    fail()
except ValueError:
    print('in handler')
print('after handler')
try:
    fail()
except ValueError as e:
    print('in named handler')
print('after named handler')

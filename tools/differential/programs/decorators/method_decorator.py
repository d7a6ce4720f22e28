# a decorator on a method wraps the function; binding still passes self to the wrapper
def logged(f):
    def wrapper(self, *a):
        print('call', f.__name__, a)
        return f(self, *a)
    return wrapper
class Acc:
    def __init__(self):
        self.total = 0
    @logged
    def add(self, v):
        self.total += v
        return self.total
a = Acc()
print(a.add(3), a.add(4))
print(Acc.add.__name__, type(a.add).__name__)

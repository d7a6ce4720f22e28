# weakref.finalize calls its function with its arguments when the object dies
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
import weakref
x = D('x')
weakref.finalize(x, print, 'finalize', 1, 2)
del x
print('end')

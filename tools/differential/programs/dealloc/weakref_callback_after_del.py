# in refcount death __del__ runs before the weakref callback
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
import weakref
def cb(r):
    print('callback')
x = D('x')
r = weakref.ref(x, cb)
del x
print('end')

# several weakref callbacks on one object run newest first
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
import weakref
x = D('x')
refs = []
for i in range(3):
    refs.append(weakref.ref(x, lambda r, i=i: print('callback', i)))
del x
print('end')

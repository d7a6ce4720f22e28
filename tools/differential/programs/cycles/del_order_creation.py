# __del__ order in a collected 3-cycle follows creation order, not link order
import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
x = D('x')
y = D('y')
z = D('z')
z.p = y
y.p = x
x.p = z
del x, y, z
print(gc.collect())

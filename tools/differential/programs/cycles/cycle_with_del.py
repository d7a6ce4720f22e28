# a 2-cycle whose objects have __del__ (PEP 442: collected, __del__ once each)
import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = D('a')
b = D('b')
a.p = b
b.p = a
del a, b
print(gc.collect())
print(gc.collect())

# a collected cycle through a list and instances finalizes instances in creation order
import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
first = D('first')
second = D('second')
ring = [second, first]
first.ring = ring
second.ring = ring
del first, second, ring
print(gc.collect())
print('end')

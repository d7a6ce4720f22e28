# a cycle through a cell: an instance holds the closure that closes over the instance
import gc
class Obj:
    def __del__(self):
        print('del Obj')
def outer():
    o = Obj()
    def get():
        return o
    o.getter = get
    return o
gc.collect()
o = outer()
print(o.getter() is o)
del o
print('before collect')
print(gc.collect())

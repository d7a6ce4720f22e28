import gc, weakref
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, 'sees weakref', w() is not None)
def callback(ref):
    print('callback, referent gone:', ref() is None)
n = Node('n')
n.me = n
w = weakref.ref(n, callback)
del n
print('collected', gc.collect())
m = Node('m')
w = weakref.ref(m, callback)
del m
print('done')

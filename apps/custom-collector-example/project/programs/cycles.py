import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('collected', gc.collect())
l = []
l.append(l)
del l
print('collected', gc.collect())
print('done')

# a popped dict value dies when the pop result is discarded
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
d = {'a': D('a'), 'b': D('b')}
d.pop('a')
print('popped a')
v = d.pop('b')
print('kept b')
del v
print('end')

# dict.clear() releases entries in order
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
d = {'a': D('va'), 'b': D('vb'), 'c': D('vc')}
d.clear()
print('cleared')
print('end')

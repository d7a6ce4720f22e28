# del a, b releases in target order
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = D('a')
b = D('b')
c = D('c')
del c, a, b
print('end')

# a chain of owners is released owner first, then what it owns
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = D('a')
a.child = D('b')
a.child.child = D('c')
del a
print('end')

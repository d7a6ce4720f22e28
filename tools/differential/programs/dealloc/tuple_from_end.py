# a tuple releases its items from the last to the first
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
t = (D('a'), D('b'), D('c'))
del t
print('end')

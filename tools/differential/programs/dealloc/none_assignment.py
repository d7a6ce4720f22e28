# assigning None releases the object
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
x = D('x')
x = None
print('x is None')
print('end')

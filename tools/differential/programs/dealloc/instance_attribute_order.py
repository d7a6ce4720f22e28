# an instance releases its attributes in the order they were set
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class Box:
    pass
b = Box()
b.x = D('x')
b.z = D('z')
b.y = D('y')
del b
print('end')

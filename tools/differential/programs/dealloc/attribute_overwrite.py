# overwriting an attribute frees the old value
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class Box:
    pass
b = Box()
b.v = D('first')
b.v = D('second')
print('overwritten')
del b.v
print('deleted attribute')
print('end')

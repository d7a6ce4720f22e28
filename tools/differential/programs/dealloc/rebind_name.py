# rebinding a name frees the old object after the new one exists
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
x = D(1)
x = D(2)
print('rebound')
del x
print('end')

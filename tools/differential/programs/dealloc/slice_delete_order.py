# del of a slice releases the removed items
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
l = [D(0), D(1), D(2), D(3), D(4)]
del l[1:4]
print('deleted slice')
del l
print('end')

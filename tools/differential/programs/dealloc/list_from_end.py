# a list releases its items from the last to the first
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
l = [D(0), D(1), D(2), D(3)]
del l
print('end')

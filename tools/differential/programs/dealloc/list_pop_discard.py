# a popped item that is not kept dies at once
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
l = [D(1), D(2)]
l.pop()
print('popped')
l.pop(0)
print('popped first')
print('end')

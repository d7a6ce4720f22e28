# list.clear() releases from the end
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
l = [D(1), D(2), D(3)]
l.clear()
print('cleared')
print('end')

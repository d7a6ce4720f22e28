# del of the only name runs __del__ at once
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
x = D(1)
print('before del')
del x
print('after del')
print('end')

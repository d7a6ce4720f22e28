# each loop iteration rebinds the variable and frees the previous object
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
for i in range(3):
    x = D(i)
print('loop done')
del x
print('end')

# a temporary from an expression statement dies at once
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
D('temp')
print('next line')
print('end')

# a temporary passed as an argument lives until the call returns
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def show(x):
    print('in show', x.name)
show(D('arg'))
print('after call')
print('end')

# a local object is freed when the function returns
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def f():
    d = D('local')
    print('in f')
f()
print('after f')
print('end')

# a dict releases key then value, entry by entry
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
d = {D('k0'): D('v0'), D('k1'): D('v1')}
del d
print('end')

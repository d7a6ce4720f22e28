# an instance that owns a list of D objects releases them from the end
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class Owner:
    pass
o = Owner()
o.items = [D('i0'), D('i1')]
o.tag = D('tag')
del o
print('end')

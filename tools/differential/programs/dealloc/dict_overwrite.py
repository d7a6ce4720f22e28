# overwriting a dict value frees the old value
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
d = {'k': D('old')}
d['k'] = D('new')
print('overwritten')
del d
print('end')

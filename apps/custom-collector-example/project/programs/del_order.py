import gc
gc.disable()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
x = D('x'); y = D('y'); z = D('z')
z.n = y; y.n = x; x.n = z
keep = D('keep')
keep.child = [D('child')]
del x, y, z
print('collected', gc.collect())
d = {}
d['self'] = d
t = (d, [d])
del d, t
print('collected', gc.collect())
print('done')

# with gc disabled, shutdown skips its first collection: the objects left die in allocation order
import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
gc.disable()
a = D('a')
c = [D('l1'), D('l2'), D('l3')]
t = (D('t1'), D('t2'))
z = D('z')
print('end of program', gc.isenabled())

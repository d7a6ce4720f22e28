# at exit the objects left in __main__ die in CPython's order: plain globals first, then list and tuple items from the end
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
a = D('a')
c = [D('l1'), D('l2'), D('l3')]
t = (D('t1'), D('t2'))
d = {'x': D('d1'), 'y': D('d2')}
z = D('z')
print('end of program')

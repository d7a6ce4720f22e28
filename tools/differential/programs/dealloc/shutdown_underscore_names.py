# globals left at exit, including _private and __dunder names, an instance's attributes and a cycle
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
_u = D('_u')
c = [D('l1'), D('l2')]
z = D('z')
cyc = D('cyc')
cyc.me = cyc
del cyc
__dunder = D('__dunder')
e = D('e')
e.other = D('e.other')
def f():
    pass
f.attr = D('function attribute')
class K:
    x = D('class attribute')
print('end of program')

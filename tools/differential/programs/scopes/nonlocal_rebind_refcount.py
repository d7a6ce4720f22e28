# rebinding a nonlocal drops the cell's reference to the old object
import sys
class Obj:
    def __del__(self):
        print('del', self.tag)
def outer():
    x = Obj(); x.tag = 'first'
    def swap(new):
        nonlocal x
        x = new
    def peek():
        return x
    return swap, peek
swap, peek = outer()
print(sys.getrefcount(peek()))
n = Obj(); n.tag = 'second'
swap(n)
print('swapped')
print(sys.getrefcount(n))
del n, swap
print(sys.getrefcount(peek()))
del peek
print('end')

# global rebinds a module-level name; the old object is released
import sys
class T:
    def __del__(self):
        print('del T')
x = T()
def rebind():
    global x
    x = [1, 2, 3]
print(sys.getrefcount(x))
rebind()
print(x, sys.getrefcount(x))
def create():
    global fresh
    fresh = 'made'
create()
print(fresh, 'fresh' in globals())

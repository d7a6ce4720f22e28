# reference counts of a context manager inside __enter__, inside the body and after the block
import sys
class C:
    def __enter__(self):
        print('in enter', sys.getrefcount(self))
        return self
    def __exit__(self, t, v, tb):
        print('in exit', sys.getrefcount(self))
        return False
c = C()
print('before', sys.getrefcount(c))
with c as d:
    print('body', sys.getrefcount(c))
print('after', sys.getrefcount(c))
with C():
    print('anonymous body')

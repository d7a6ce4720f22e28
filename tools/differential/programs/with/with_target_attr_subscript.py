# with ... as stores into an attribute, a subscript and a nested tuple; the stored value's refcount counts each place
import sys
class M:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        print('enter', type(self.v).__name__)
        return self.v
    def __exit__(self, t, v, tb):
        print('exit', t)
        return False
class Holder:
    pass
h = Holder()
d = {}
payload = [1, 2, 3]
with M(payload) as h.item:
    print(h.item is payload, sys.getrefcount(payload))
with M(payload) as d['k']:
    print(d['k'] is payload, sys.getrefcount(payload))
with M((payload, (4, 5))) as (a, (b, c)):
    print(a is payload, b, c, sys.getrefcount(payload))
print(sys.getrefcount(payload))
del h.item, d['k'], a
print(sys.getrefcount(payload))

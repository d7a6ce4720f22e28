# a dict subclass instance's size and GC tracking compared with a plain dict
import sys, gc
class D(dict): pass
d = D()
print(sys.getsizeof(d), sys.getsizeof({}), gc.is_tracked(d), gc.is_tracked({}))
d['a'] = 1
print(sys.getsizeof(d), d, isinstance(d, dict), type(d) is dict)
for i in range(10):
    d[i] = i
print(sys.getsizeof(d), len(d))

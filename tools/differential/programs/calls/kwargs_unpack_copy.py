# f(**d) hands the function a new dict, never d itself
import sys
def keep(**kw):
    return kw
d = {'a': [1], 'b': 2}
k = keep(**d)
print(k == d, k is d, sys.getsizeof(k), sys.getsizeof(d))
print(sys.getrefcount(d['a']))
k['c'] = 3
print(d, k)
print(keep(**k, z=1))

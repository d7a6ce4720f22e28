# list and dict subclass instances in a cycle through their attribute dicts are collected
import gc
gc.collect()
class L(list): pass
class D(dict): pass
a = L()
b = D()
a.other = b
b['a'] = a
a.append(b)
del a, b
print(gc.collect())

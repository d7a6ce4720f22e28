# the refcount tour of memory tutorials, read with ctypes (no extra reference from the call,
# unlike sys.getrefcount): names, containers, function arguments, attributes, del
import ctypes
import gc

def count(address):
    return ctypes.c_long.from_address(address).value

class Box:
    def __init__(self, item):
        self.item = item

def hold(x):
    return count(id(x))

data = [0] * 10
where = id(data)
print('one name', count(where))
alias = data
print('two names', count(where))
inside = [data, data, data]
print('three more in a list', count(where))
t = (data,)
print('one in a tuple', count(where))
box = Box(data)
print('an attribute', count(where))
print('inside a call', hold(data))
print('after the call', count(where))
d = {1: data, 2: data}
print('dict values', count(where))
del inside
print('list gone', count(where))
box.item = None
print('attribute reset', count(where))
del alias, t, d
print('back to one', count(where))
gc.collect()
print(gc.get_count())

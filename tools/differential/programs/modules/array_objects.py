# array.array is a tracked container of raw C values: it holds no references to the ints put
# in it (they can be freed), its items come back as new objects, and its iterator holds it
import array, gc, sys
gc.collect()
a = array.array('l', [1000 + i for i in range(10)])
print(gc.is_tracked(a), type(a), type(a).__name__, type(a).__module__, array.ArrayType is array.array)
big = 10**6 + 1
b = array.array('l', [big])
print(sys.getrefcount(big), b[0] == big, b[0] is big, sys.getrefcount(a))
it = iter(a)
print(sys.getrefcount(a), type(it).__name__, next(it), list(it))
print(sys.getrefcount(a))
x = a.tolist()
print(type(x), len(x), sys.getsizeof(x), x[:3])
print(a.typecode, a.itemsize, a.buffer_info()[1], len(a.tobytes()))
gc.collect()
before = gc.get_count()[0]
arrs = [array.array('i') for _ in range(5)]
print(gc.get_count()[0] - before)
print(array.typecodes, a == array.array('l', a), a != a, array.array('i', [1, 2]) < array.array('i', [1, 3]))
print(array.array('b', [1]) == array.array('h', [1]), 1005 in a, a.index(1003), a.count(1003))
a.reverse()
a.remove(1009)
print(a, a[-1], a[2:5], a[::3])

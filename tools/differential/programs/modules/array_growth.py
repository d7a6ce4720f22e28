# array.array's buffer: getsizeof is 80 + allocated * itemsize, and allocated moves as
# array_resize moves it (append, extend, insert, frombytes, fromlist, pop, del)
import array, sys
for code in 'bhiqd':
    a = array.array(code)
    seen = []
    for i in range(70):
        a.append(i)
        seen.append(sys.getsizeof(a))
    print(code, a.itemsize, sys.getsizeof(array.array(code)), seen)
a = array.array('i', range(40))
print(sys.getsizeof(a))
del a[0:20]
print(sys.getsizeof(a), len(a))
del a[0:5]
print(sys.getsizeof(a), len(a))
while a:
    a.pop()
print(sys.getsizeof(a), len(a))
a = array.array('i', range(3))
a.insert(0, 1)
print(sys.getsizeof(a))
a.frombytes(bytes(40))
print(sys.getsizeof(a), len(a))
a.fromlist([1, 2, 3])
print(sys.getsizeof(a), len(a))
a.extend(array.array('i', range(30)))
print(sys.getsizeof(a), len(a))
a.extend(x for x in range(5))
print(sys.getsizeof(a), len(a))

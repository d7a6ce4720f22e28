# which constructors allocate exactly (list, tuple, same-typecode array, 'u' from str, slices,
# + and *) and which grow item by item (other iterables) or by frombytes (bytes, bytearray)
import array, sys
g = sys.getsizeof
print(g(array.array('i', [1, 2, 3])), g(array.array('i', (1, 2))), g(array.array('i', range(3))))
print(g(array.array('u', 'hello')), g(array.array('B', b'abc')))
src = array.array('i', [1, 2, 3])
print(g(array.array('i', src)), g(array.array('h', src)), g(array.array('d', src)))
a = array.array('i', [7])
print(g(a), g(a[:]), g(a[0:0]), g(a * 0), g(a * 5), g(5 * a), g(a + a))
b = array.array('i', range(3))
b += array.array('i', [1])
print(g(b))
b *= 3
print(g(b), b)
c = array.array('i', range(40))
c[0:30] = array.array('i')
print(g(c), c)
d = array.array('i', range(3))
d[0:1] = array.array('i', range(10))
print(g(d), d)
print(array.array('i'), array.array('d', [1, 2]), array.array('f', [0.1]), array.array('u', 'hé'))
print(array.array('q', [2**62, -2**63]), array.array('Q', [2**64 - 1]), array.array('B', b'abc').tobytes())

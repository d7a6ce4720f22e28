# bytearray buffer growth: PyByteArray_Resize's over-allocation on appends and extends, exact sizes from constructors, shrinking, and del ba[:k] advancing the start
import sys
g = sys.getsizeof
ba = bytearray()
seen = []
for i in range(300):
    ba.append(i % 256)
    if not seen or seen[-1] != g(ba):
        seen.append(g(ba))
print(seen)
print(g(bytearray(0)), g(bytearray(1)), g(bytearray(64)), g(bytearray(b'abc')), g(bytearray([1, 2, 3])), g(bytearray((1,) * 9)))
print(g(bytearray(range(10))), g(bytearray(range(100))), g(bytearray(iter(b'xyz'))), g(bytearray('hé', 'utf-8')))
b = bytearray(b'0123456789' * 10)
sizes = []
for k in range(12):
    del b[:7]
    sizes.append((len(b), g(b)))
print(sizes)
b.append(1)
print(len(b), g(b))
b = bytearray(b'x' * 50)
while b:
    b.pop()
    if len(b) % 7 == 0:
        print(len(b), g(b), end='; ')
print()
b = bytearray(b'ab')
for n in [3, 10, 11, 40, 41, 100]:
    b.extend(b'.' * n)
    print(len(b), g(b), end=' ')
print()
b.clear()
print(g(b), len(b))

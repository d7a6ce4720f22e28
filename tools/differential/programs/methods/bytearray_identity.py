# bytearray methods: which return self, which a new bytearray (even when nothing changed), in-place += and *= keep the object, copies have exact buffers
import sys
g = sys.getsizeof
ba = bytearray(b'hello world')
r = ba
ba += b'!'
print(r is ba, ba, g(ba))
ba *= 2
print(r is ba, len(ba), g(ba))
ba *= 1
print(r is ba, len(ba))
for m in ['upper', 'lower', 'strip', 'title', 'swapcase', 'capitalize', 'copy']:
    out = getattr(ba, m)()
    print(m, type(out).__name__, out is ba, g(out))
print(ba.replace(b'zzz', b'y') is ba, ba.replace(b'o', b'0')[:5], ba[:] is ba, ba[:] == ba)
print(ba.split(b' ')[0], type(ba.partition(b' ')[1]).__name__, ba.join([b'a', b'b'])[:4])
print(ba.find(b'world'), ba.count(b'l'), ba.index(b'w'), ba.startswith(b'hel'), ba.endswith(bytearray(b'!')))
print(ba.decode()[:5], ba.hex()[:6], bytearray.fromhex('41 42'), ba.isalpha(), bytearray(b'ABC').isupper())
x = bytearray(b'abc')
print(x.append(100), x.insert(0, 96), x.extend([101, 102]), x.remove(98), x.reverse(), x)
print(x.pop(), x.pop(0), x, g(x))
y = bytearray(b'abc')
print(y == b'abc', b'abc' == y, y != bytearray(b'abd'), y < b'abd', y >= bytearray(b'abc'), y + b'd', b'z' + y)
print(type(y + b'd').__name__, type(b'z' + y).__name__, y * 0, 2 * y, 98 in y, b'bc' in y, bytearray(b'b') in y)

# bytes(): from a count, an iterable of ints, a str with an encoding, bytes itself; their identity, sizes and errors
import sys
b = b'hello'
print(bytes(b) is b, bytes(3), bytes([65, 66]), bytes((1,)), bytes(range(3)), bytes('é', 'utf-8'), bytes('é', encoding='latin-1'))
print(bytes([97]) is bytes([97]), bytes(1) is bytes(1), bytes(0) is bytes(), sys.getsizeof(bytes(10)), sys.getsizeof(bytes([1, 2, 3])))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xff', 'utf-8', 'replace'), str(b'x'))
for args in [('a',), (-1,), ([256],), (['a'],), (1.5,), (b'a', 'ascii'), ('a', 'foo')]:
    try:
        bytes(*args)
    except Exception as e:
        print(type(e).__name__, e)

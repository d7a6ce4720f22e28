# struct.Struct objects (format, size, __sizeof__ by code count, tracked) and the module's format cache; unpack_from/iter_unpack errors; result sizes and tracking; struct.error
import struct, sys, gc
for f in ['i', '3i', 'ih', '10s', '<ihq', '', 'x', '2x', '3s3p', 'iiii']:
    s = struct.Struct(f)
    print(repr(f), sys.getsizeof(s), s.size, s.format, end=' | ')
print()
s = struct.Struct('<ih')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), type(s).__name__, type(s).__module__, gc.is_tracked(s), struct.Struct(b'>i').format)
print(s.unpack_from(b'\x00' * 10, 2), list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)))
for bad in [lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abcdef', 4), lambda: struct.iter_unpack('<h', b'\x01'), lambda: struct.iter_unpack('', b''), lambda: struct.pack('<h', 1.0)]:
    try:
        bad()
    except struct.error as e:
        print(type(e).__name__, e)
print(struct.unpack_from('<h', b'\x00\x01\x02', 1), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.error.__mro__, struct.error.__module__)
b = struct.pack('<q', 1)
print(sys.getsizeof(b), type(b).__name__, sys.getsizeof(struct.pack('100s', b'')), struct.pack('0s', b'x') is struct.pack('0s', b'y'), struct.pack('c', b'a') is struct.pack('c', b'a'))
u = struct.unpack('<iii', b'\x00' * 12)
print(sys.getsizeof(u), gc.is_tracked(u), u[0] == 0, struct.unpack('<q', b'\x01' + bytes(7))[0] is struct.unpack('<q', b'\x01' + bytes(7))[0])
gc.collect()
c = gc.get_count()[0]
struct.pack('<iiq', 1, 2, 3)
print(gc.get_count()[0] - c)
gc.collect()
c = gc.get_count()[0]
struct.pack('<iiq', 1, 2, 3)
struct.pack('<iiq', 4, 5, 6)
print(gc.get_count()[0] - c)
fmt = '<' + 'h' * 3
r = sys.getrefcount(fmt)
struct.calcsize(fmt)
print(sys.getrefcount(fmt) - r)
struct._clearcache()
print(sys.getrefcount(fmt) - r)

# struct.pack/unpack/calcsize: byte orders, native alignment, every integer and float code with their range errors, s/p/c/?/x, results as bytes and tuples
import struct
for f in ['i', 'bi', 'ib', 'bq', '<bq', '@hi', '=hi', '!hi', '3i', '10s', 'ci', 'P', 'e', 'd2x', 'i i', '0i', '5p', 'bbbbq', 'iq', 'qi']:
    print(f, struct.calcsize(f), end='; ')
print()
def t(f, *a):
    try:
        return struct.pack(f, *a)
    except (struct.error, OverflowError) as e:
        return '%s: %s' % (type(e).__name__, e)
for f, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('I', 2**32), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('<l', 2**31), ('<L', 2**32), ('<q', 2**64), ('>q', -2**63 - 1), ('<I', -1)]:
    print(f, t(f, v))
for f, v in [('b', 'x'), ('b', 1.5), ('f', 'x'), ('c', b'ab'), ('s', 'a'), ('f', 1e40), ('<f', 1e40), ('e', 1e10), ('<n', 1), ('z', 1), ('i', None), ('<d', 3), ('<e', 65504.0)]:
    print(f, v, t(f, v))
print(t('ii', 1), t('i', 1, 2), t('3s', b'abcdef'), t('5s', b'ab'), t('3p', b'abcdef'), t('?', []), t('?', 'x'), t('2x'), t('<2i0s', 1, 2, b''))
for f in ['3', 'i3', 'y', '<P']:
    try:
        struct.calcsize(f)
    except struct.error as e:
        print(f, 'error', e)
print(struct.pack('<hHiIqQ', -2, 65535, -3, 7, -(2**63), 2**64 - 1), struct.pack('>d', 1.5), struct.pack('<f', 0.1), struct.pack('<e', 0.1), struct.pack('!I', 258))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 7, -(2**63), 2**64 - 1)), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<e', b'\x66\x2e'), struct.unpack('3s?c', b'abc\x01z'))
print([struct.unpack('<e', struct.pack('<e', x))[0] for x in (1.0, -2.5, 1e-7, 6e-8, 0.333, 65519.0, float('inf'))])
print(struct.pack('<5p', b'ab'), struct.unpack('<5p', b'\x02abcd'), struct.pack('@bi', 1, 2), struct.pack('<?', 2), struct.unpack('?', b'\x02'), struct.unpack('<4xi', bytes(8)))
print(struct.pack('<d', float('nan')), struct.pack('<f', float('inf')), struct.unpack('<d', b'\x00\x00\x00\x00\x00\x00\xf0\x7f'), struct.unpack('>Q', b'\xff' * 8))
class X:
    def __index__(self):
        return 7
print(struct.pack('<i', X()), struct.pack('<b', True), struct.pack('<?', None))

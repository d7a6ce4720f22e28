# which bytes methods hand back the same object, the cached 1-byte objects, or a fresh object; refcounts
import sys
s = b'same'
base = sys.getrefcount(s)
kept = [s.strip(), s.lstrip(), s.rstrip(b'x'), s.replace(b'x', b'y'), s.center(2), s.ljust(4), s.rjust(1), s.zfill(2),
        s[:], s * 1, s + b'', b'' + s, bytes(s), s.removeprefix(b'x'), s.removesuffix(b'q'), s.translate(None),
        s.split()[0], s.split(b'x')[0], s.partition(b'x')[0], s.rpartition(b'x')[2], s.splitlines()[0], b''.join([s])]
print([k is s for k in kept], sys.getrefcount(s) - base)
fresh = [s.lower(), s.upper(), s.title(), s.expandtabs(), s.replace(b'a', b'a'), s * 2, s.translate(None, b'')]
print([k is s for k in fresh], sys.getrefcount(s) - base)
del kept
print(sys.getrefcount(s) - base)
one = bytes([97])
print(b' a '.strip() is one, b'a,b'.split(b',')[0] is one, b'ab'[0:1] is one, bytes.fromhex('61') is one, 'a'.encode() is one)
print(b'A'.lower() is one, b'b'.replace(b'b', b'a') is one, b''.join([b'a', b'']) is one, b'a'.expandtabs() is one)
e = b''
print(b'xx'.strip(b'x') is e, b'a'.replace(b'a', b'') is e, e.upper() is e, bytes() is e, b''.join([]) is e, bytes(0) is e)
print(sys.getsizeof(b''), sys.getsizeof(one), sys.getsizeof(s.upper()), sys.getsizeof(s * 10), sys.getsizeof(s.hex()))

# bytes split/rsplit (whitespace is ASCII only), splitlines, partition (the separator object itself), list sizes
import sys
b = b' a\tb\x0bc\x1cd  e '
print(b.split(), b.rsplit(None, 1), b.split(None, 2), b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 2))
print(b'x\ny\r\nz\rw'.splitlines(), b'x\ny\n'.splitlines(True), b'a\x0bb\x1cc'.splitlines(), b''.split(), b''.split(b','))
sep = b'='
t = b'k=v=w'.partition(sep)
print(t, t[1] is sep, b'k=v=w'.rpartition(sep), b'none'.partition(b'='), b'none'.rpartition(b'='))
print(sys.getsizeof(b'a b'.split()), sys.getsizeof(b'a b'.split(None, 1)), sys.getsizeof(b' '.join([b'x'] * 14).split()))
print(sys.getsizeof(b'a\nb\nc'.splitlines()), [sys.getsizeof(p) for p in b'ab cd'.split()])
for bad in [b'', 'x']:
    try:
        b.split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

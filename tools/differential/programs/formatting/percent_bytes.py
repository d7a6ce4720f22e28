# printf-style % formatting of bytes: %s/%b take bytes-like objects, %r/%a are ascii(), %c a byte, numbers as for str
import sys
print(b'%s|%b|%r|%a' % (b'raw', b'x', 'é', 'é'), b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'efg'))
print(b'%d %i %x %X %o %e %f %g %c %c %%' % (42, -7, 255, 255, 8, 1.5, 2.25, 1e-5, 65, b'z'))
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 3}, b'[%*d] [%-*d]' % (5, 1, 4, 2), b'%05.1f' % 3.14159)
r = b'%s-%s' % (b'a', b'b')
print(r, type(r).__name__, sys.getsizeof(r))
for fmt, arg in [(b'%s', 'x'), (b'%c', 256), (b'%d', 'x'), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b'))]:
    try:
        fmt % arg
    except Exception as e:
        print(type(e).__name__, e)

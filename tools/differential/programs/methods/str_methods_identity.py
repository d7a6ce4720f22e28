# which str operations hand back the same object (refcount rises) and which build a new one
import sys
s = 'identity'
base = sys.getrefcount(s)
kept = [s.strip(), s.lstrip(), s.rstrip(), s.replace('x', 'y'), s.center(2), s.ljust(0), s.rjust(8), s.zfill(3),
        s[:], s[0:], str(s), s + '', '' + s, s * 1, s.removeprefix('q'), s.removesuffix('q'), format(s), s.expandtabs()]
print([k is s for k in kept])
print(sys.getrefcount(s) - base)
fresh = [s.lower(), s.upper(), s.title(), s.swapcase(), s.casefold(), s.capitalize(), s.translate({}), s[::1], s * 2]
print([k is s for k in fresh], fresh)
del kept
print(sys.getrefcount(s) - base)
e = ''
x, abc, zero = 'x', 'abc', 0
print(e.lower() is e, e.strip() is e, (x * zero) is e, e[:0] is e, abc[1:1] is e, str() is e)

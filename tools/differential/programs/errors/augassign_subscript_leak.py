# a failed `d[k] += v` (missing key, bad operand, immutable target) drops its references to the container and the key; the uncaught one marks the subscript
import sys, gc
d = {'a': 1}
key = 'k' + str(7)
t = (1, 2)
rd, rk, rt = sys.getrefcount(d), sys.getrefcount(key), sys.getrefcount(t)
for i in range(3):
    try:
        d[key] += 1
    except KeyError as e:
        print('KeyError', e)
    try:
        d['a'] += 'x'
    except TypeError as e:
        print('TypeError', e)
    try:
        t[0] += 1
    except TypeError as e:
        print('TypeError', e)
print(sys.getrefcount(d) - rd, sys.getrefcount(key) - rk, sys.getrefcount(t) - rt, d)
gc.collect()
print(gc.get_count())
t[1] += 5

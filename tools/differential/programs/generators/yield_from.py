# yield from: delegation to generators and other iterables, the subgenerator's return value, send passed through, gi_yieldfrom
import sys, gc

def inner(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got

def outer():
    r = yield from inner(3)
    print('inner returned', r)
    r2 = yield from [10, 20]
    print('list gives', r2)
    yield from 'ab'
    return 'outer done'

print(list(outer()))
o = outer()
print(next(o))
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
print(o.send('x'), o.send('y'))
print(o.send('z'))
print(type(o.gi_yieldfrom).__name__)
print(list(o))

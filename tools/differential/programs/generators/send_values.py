# yield as an expression: send() values, the first send must be None, a running average coroutine, refcounts of sent objects
import sys, gc

def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return n
        total += value
        n += 1
        avg = total / n

a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print('count', e.value)

g = averager()
try:
    g.send(5)
except TypeError as e:
    print('TypeError', e)

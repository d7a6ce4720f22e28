# yield from over several iterables and recursive delegation with return values
import gc

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6))))

def depth(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from depth(n - 1)
    return r + 1

d = depth(4)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print('depth', e.value)
gc.collect()
print(gc.collect())

# yield inside a lambda makes a generator function, yield from a list, a for loop over a generator function (formerly outside/ programs)
import sys
f = lambda: (yield 1)
g = f()
print(type(g).__name__, g.__name__, next(g))
try:
    g.send('sent')
except StopIteration as e:
    print('lambda returns the sent value', e.value)

def gen():
    yield 1
    yield 2
for x in gen():
    print(x)

def delegate():
    yield from [1, 2]
print(list(delegate()))
print(f.__code__.co_flags & 0x20, gen.__code__.co_flags & 0x20, (lambda: 1).__code__.co_flags & 0x20)

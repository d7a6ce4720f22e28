# plain generators: next(), StopIteration with the return value, exhaustion, for loops and list() over them, is_tracked, refcounts
import sys, gc

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'finished'

g = count(3)
print(type(g).__name__, gc.is_tracked(g), sys.getrefcount(g))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print('again', repr(e.value), e.args)
print(next(g, 'default'))
print(list(count(5)), sum(count(10)), max(count(4)))
for x in count(2):
    print('for', x)
gc.collect()
before = gc.get_count()
gens = [count(i) for i in range(10)]
print(len(gens), gc.get_count()[0] - before[0])
del gens
gc.collect()
print(gc.get_count())
print(sys.getrefcount(count))
h = count(1)
print(sys.getrefcount(count))
del h
print(sys.getrefcount(count))

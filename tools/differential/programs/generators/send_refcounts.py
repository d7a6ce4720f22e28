# send(): refcounts of a sent object kept in a suspended generator's locals, released by close; a generator appending sent values
import sys, gc

def keeper():
    kept = yield
    print('kept', type(kept).__name__, len(kept))
    yield kept

obj = [1, 2, 3]
k = keeper()
next(k)
print(sys.getrefcount(obj))
print(k.send(obj) is obj)
print(sys.getrefcount(obj))
k.close()
print(sys.getrefcount(obj))

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received

e = echo()
print(next(e), e.send('a'), e.send('b'), e.send('c'))
gc.collect()
print(gc.is_tracked(e), gc.collect())

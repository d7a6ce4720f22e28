# the GC objects zip and map make: zip packs its arguments (no vectorcall in 3.11), keeps its iterators in a tuple and a result tuple; map keeps an iterators tuple; freed tuples go to the free list
import gc
a = list(range(50))
b = list(range(50, 100))
def t(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    print(label, gc.get_count()[0] - c0)
t('nothing', lambda: None)
t('zip2', lambda: zip(a, b))
t('zip1', lambda: zip(a))
t('zip3', lambda: zip(a, a, a))
t('zip0', lambda: zip())
t('map1', lambda: map(str, a))
t('map2', lambda: map(pow, a, b))
t('filter', lambda: filter(None, a))
t('enumerate', lambda: enumerate(a))
t('list zip', lambda: list(zip(a, b)))
t('list zip short', lambda: list(zip(a[:3], b)))
def drain():
    z = zip(a, b)
    x = next(z)
    y = next(z)
    for _ in z:
        pass
    return x, y
t('drain kept two', drain)
def reuse():
    for p in zip(a, b):
        pass
t('reuse', reuse)
print(len(gc.get_referents(zip(a, b))), len(gc.get_referents(map(abs, a, b))), len(gc.get_referents(filter(None, a))))

# calling an extension type (no vectorcall in 3.11) packs the positional arguments into a tuple:
# right after gc.collect() the tuple free lists are empty, so that tuple counts in gc.get_count()
import gc, collections, itertools, functools, operator, array
def d(label, f):
    gc.collect()
    b = gc.get_count()[0]
    r = f()
    n = gc.get_count()[0] - b
    print(label, n)
    return r
L = [1]
d('base', lambda: L)
d('deque', lambda: collections.deque(L))
d('count', lambda: itertools.count(5))
d('repeat', lambda: itertools.repeat(5))
d('chain', lambda: itertools.chain(L))
d('islice', lambda: itertools.islice(L, 1))
d('cycle', lambda: itertools.cycle(L))
d('partial', lambda: functools.partial(len))
d('itemgetter', lambda: operator.itemgetter(1))
d('array', lambda: array.array('i'))
d('accumulate', lambda: itertools.accumulate(L))
d('zip_longest', lambda: itertools.zip_longest(L))
d('product', lambda: itertools.product(L))
d('starmap', lambda: itertools.starmap(len, L))
d('takewhile', lambda: itertools.takewhile(len, L))
d('groupby', lambda: itertools.groupby(L))
d('tee', lambda: itertools.tee(L))
d('permutations', lambda: itertools.permutations(L))
d('combinations', lambda: itertools.combinations(L, 1))
d('compress', lambda: itertools.compress(L, L))
d('filterfalse', lambda: itertools.filterfalse(None, L))
d('dropwhile', lambda: itertools.dropwhile(len, L))
d('pairwise', lambda: itertools.pairwise(L))
d('methodcaller', lambda: operator.methodcaller('x'))

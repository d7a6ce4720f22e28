# product/permutations/combinations/zip_longest reuse their result tuple when nobody else holds it (identity, no printed ids)
import sys, gc, itertools as it
for make in [lambda: it.product('ab', 'cd'), lambda: it.permutations('abc', 2), lambda: it.combinations('abcd', 2),
             lambda: it.combinations_with_replacement('abc', 2), lambda: it.zip_longest('abcde', 'de')]:
    g = make()
    first = next(g)
    second = next(g)
    kept = first is second
    t1 = next(g)
    i1 = id(t1)
    del t1
    t2 = next(g)
    print(kept, id(t2) == i1, t2, sys.getrefcount(t2), gc.is_tracked(t2))
    del first, second, t2
    print(len(list(g)))
g = it.product(range(3), repeat=2)
r = [t for t in g]
print(r, len(set(map(id, r))))
gc.collect()
print(gc.get_count())

# itertools objects: sys.getsizeof (product/permutations/combinations count their index arrays), gc.is_tracked, type names
import sys, gc, itertools as it
objs = [it.count(), it.count(1.5), it.cycle('ab'), it.repeat(1), it.repeat(1, 3), it.accumulate([1]), it.chain(), it.chain.from_iterable([]),
        it.compress('a', [1]), it.dropwhile(bool, []), it.takewhile(bool, []), it.filterfalse(None, []), it.groupby('a'), it.islice('abc', 2),
        it.pairwise('ab'), it.starmap(pow, []), it.zip_longest('a', 'bc'), it.product('ab', 'cd'), it.product('ab', repeat=3), it.product(),
        it.permutations('abcd', 2), it.permutations('abc'), it.combinations('abcde', 3), it.combinations_with_replacement('ab', 4)]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o), iter(o) is o)
a, b = it.tee('xyz')
print(type(a).__name__, sys.getsizeof(a), gc.is_tracked(a), type(it.tee([1], 3)).__name__, len(it.tee([1], 3)), it.tee([1], 0))
k, g = next(it.groupby('aab'))
print(k, type(g).__name__, sys.getsizeof(g), gc.is_tracked(g))

# itertools: count/islice, cycle, repeat, chain(.from_iterable), accumulate, starmap, takewhile/dropwhile, compress, filterfalse, zip_longest, pairwise
import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.chain([1, 2], 'ab', (3,))), list(it.chain.from_iterable([[1], [2, 3]])), list(it.islice(range(10), 2, 8, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.zip_longest('ab', [1, 2, 3], fillvalue='-')), list(it.pairwise([1, 2, 3, 4])), list(it.pairwise('a')))
c = it.count()
print(next(c), next(c), type(c).__name__, type(it.chain()).__name__, repr(it.count(3)), repr(it.repeat(1, 2)))

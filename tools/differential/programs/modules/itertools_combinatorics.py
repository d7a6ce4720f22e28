# itertools: product (repeat=), permutations, combinations, combinations_with_replacement, groupby, tee; lengths and order
import itertools as it
print(list(it.product('ab', [1, 2])), len(list(it.product(range(3), repeat=3))), list(it.product()))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))), list(it.permutations([])))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(3), 5)), list(it.combinations_with_replacement('ab', 2)))
data = 'aaabbcaa'
print([(k, len(list(g))) for k, g in it.groupby(data)], [k for k, g in it.groupby(sorted(data))])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)])
a, b = it.tee([1, 2, 3])
print(list(a), list(b), next(it.permutations('xy')), type(it.product('a')).__name__)

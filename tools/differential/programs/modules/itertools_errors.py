# itertools argument errors: islice indices, negative r/repeat, count of a non-number, chain of a non-iterable
import itertools as it
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: list(it.islice('abc', -1)))
show(lambda: list(it.islice('abc', 1, 'x')))
show(lambda: list(it.islice('abc', 0, 3, 0)))
show(lambda: list(it.islice('abcdef', None, None, 2)))
show(lambda: it.permutations('abc', -1))
show(lambda: it.combinations('abc', -2))
show(lambda: it.product('ab', repeat=-1))
show(lambda: it.count('a'))
show(lambda: list(it.chain([1], 5)))
show(lambda: it.tee([1], -1))
show(lambda: list(it.combinations('abc', 4)))
show(lambda: list(it.combinations_with_replacement('', 2)))
show(lambda: list(it.combinations_with_replacement('', 0)))
show(lambda: list(it.permutations('ab', 3)))
show(lambda: list(it.starmap(pow, [(2, 5), [3, 2]])))
show(lambda: list(it.accumulate([1, 2, 3], initial=None)))
show(lambda: list(it.zip_longest()))
show(lambda: [next(it.count(10**20)), next(it.count(2, 0.5))])
show(lambda: list(it.islice(it.count(1, 3), 2, 10, 3)))

# map and filter: lazy results, several iterables, filter(None), the iterator objects' types and sizes
import sys, gc
nums = [1, 0, 2, 0, 3]
m = map(str, nums)
print(type(m).__name__, sys.getsizeof(m), gc.is_tracked(m))
print(list(m), list(m))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [5, 2])), list(map(len, ['a', 'bb', ''])))
f = filter(None, nums)
print(type(f).__name__, sys.getsizeof(f), list(f))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, ['1', 'a', '22'])))
it = map(abs, [-1, -2])
print(next(it), next(it), next(it, 'done'))
gc.collect()
before = gc.get_count()[0]
out = list(map(str, range(50)))
print(gc.get_count()[0] - before, len(out), sys.getsizeof(out))
words = ['b', 'a']
print(sorted(map(str.upper, words)), sum(map(len, words)), max(filter(None, [0, 5, 3])))

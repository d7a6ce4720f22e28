# __length_hint__ of the builtin iterators as they are consumed (list, tuple, range, str, set, dict views, reversed), and the ones that have none (map, zip, enumerate, filter)
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__())
for obj in [(1, 2), range(5), 'abc', {1, 2}, {'a': 1}.keys(), {'a': 1}.values(), {'a': 1}.items(), b'xy', bytearray(b'pq')]:
    i = iter(obj)
    first = i.__length_hint__()
    next(i)
    print(type(i).__name__, first, i.__length_hint__())
for obj in [reversed([1, 2, 3]), reversed(range(4)), reversed((1, 2)), reversed({'a': 1, 'b': 2})]:
    print(type(obj).__name__, obj.__length_hint__(), next(obj), obj.__length_hint__())
for obj in [map(abs, [1]), zip([1]), enumerate([1]), filter(None, [1])]:
    print(type(obj).__name__, hasattr(obj, '__length_hint__'))
l = [1, 2]
i = iter(l)
l.clear()
print(i.__length_hint__(), list(i))

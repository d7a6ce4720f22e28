# repr of lists, tuples, dicts and sets
print([1, 'a', None, True, 2.5])
print((1,), (), (1, 2))
print({'a': 1, 'b': [2, 3]})
print(set(), {3, 1, 2}, {})

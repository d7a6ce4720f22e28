# isinstance with builtin types and tuples of types
for v in [1, 1.0, 'x', [1], (1,), {'a': 1}, None, True]:
    print(isinstance(v, int), isinstance(v, (str, list)), type(v) is int)

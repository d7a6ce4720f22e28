# in and not in over lists, dicts, strings and ranges
print(3 in [1, 2, 3], 'k' in {'k': 1}, 'ell' in 'hello')
print(5 not in range(5), 4 in range(5), 'x' in {1: 'x'}.values())

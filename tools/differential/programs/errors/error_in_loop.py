# an error in the middle of a loop keeps the output printed so far
d = {'a': 1, 'b': 2}
for k in ['a', 'b', 'c', 'a']:
    print(k, d[k])

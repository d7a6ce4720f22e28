# for over a list, tuple, range, dict, string and set
for x in [1, 2]:
    print('list', x)
for x in (3, 4):
    print('tuple', x)
for x in range(10, 0, -4):
    print('range', x)
for k in {'a': 1, 'b': 2}:
    print('dict', k)
for ch in 'hi':
    print('str', ch)
for x in {3, 1, 2}:
    print('set', x)

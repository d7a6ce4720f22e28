# dict keys keep the first key object stored
k1 = ''.join(['k', 'e', 'y'])
k2 = ''.join(['k', 'e', 'y'])
d = {k1: 1}
d[k2] = 2
print(list(d.keys())[0] is k1, list(d.keys())[0] is k2, d[k1])

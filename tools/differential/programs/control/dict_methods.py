# the dict methods of the subset
d = {'a': 1}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('b', 2), d.setdefault('a', 9))
d.update({'c': 3})
print(d.pop('a'), d.pop('q', 'none'))
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
d.clear()
print(d, e)

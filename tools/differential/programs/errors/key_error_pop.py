# KeyError from dict.pop without a default
d = {'a': 1}
print(d.pop('a'))
d.pop('a')

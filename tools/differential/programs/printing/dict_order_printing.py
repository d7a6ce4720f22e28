# dicts print in insertion order; deleted keys re-added go last
d = {}
d['b'] = 1
d['a'] = 2
d['c'] = 3
del d['b']
d['b'] = 4
print(d, list(d), list(d.values()), list(d.items()))

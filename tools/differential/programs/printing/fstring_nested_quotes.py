# f-strings with dict lookups and expressions
d = {'a': 1}
l = [10, 20]
print(f"{d['a']} {l[1]} {len(l)}")
print(f'{d}')

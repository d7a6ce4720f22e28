# f-strings with plain fields
name = 'pymem'
n = 3
x = 2.5
print(f'{name} has {n} items of {x}')
print(f'{n * 2}{name.upper()}{[1, 2]}')
print(f'{None} {True} {1 / 4}')

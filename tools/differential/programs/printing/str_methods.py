# the str methods of the subset
s = '  Hello, World  '
print(s.strip(), s.upper(), s.lower())
print('a,b,,c'.split(','), 'a b  c'.split())
print('-'.join(['x', 'y', 'z']), 'aaa'.replace('a', 'b'))
print('prefix_x'.startswith('prefix'), 'x.py'.endswith('.py'))

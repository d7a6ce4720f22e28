# str.format with automatic and numbered fields
print('{} + {} = {}'.format(1, 2, 3))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{}'.format([1, 'x']))

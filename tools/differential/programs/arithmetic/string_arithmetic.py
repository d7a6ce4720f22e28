# + and * on strings, lists and tuples
print('ab' + 'cd', 'ab' * 3, 3 * 'x')
print([1] * 3 + [2], (1, 2) * 2)
print('-' * 20)

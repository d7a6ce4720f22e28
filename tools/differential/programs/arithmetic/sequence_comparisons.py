# lexicographic comparison of strings, lists and tuples
print('abc' < 'abd', 'Z' < 'a', 'ab' < 'abc')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'))
print([1, 2] == [1, 2], (1,) == [1])

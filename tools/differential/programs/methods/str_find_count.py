# find/rfind/index/rindex with start/end, count (overlapping not counted), startswith/endswith with tuples and ranges
s = 'abracadabra'
print(s.find('a'), s.find('a', 1), s.find('a', 1, 3), s.find('zz'), s.rfind('a'), s.rfind('a', 0, 9), s.find(''), s.rfind(''))
print(s.index('c'), s.rindex('b'), s.count('a'), s.count('abra'), 'aaaa'.count('aa'), s.count(''), s.count('a', 5))
print(s.startswith('abr'), s.startswith(('x', 'ab')), s.startswith('bra', 1), s.endswith('bra'), s.endswith(('x', 'y')))
print(s.endswith('cad', 0, 7), ''.startswith(''), 'a'.startswith('', 5), 'é日本'.find('本'), 'é日本'.count('日'))
print('ab' in s, 'ba' in s, '' in s, s.find('a', -3), s.find('a', 100), s.rfind('ra', -5))

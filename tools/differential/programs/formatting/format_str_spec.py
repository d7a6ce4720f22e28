# format() on str: precision truncates, fill/align/width, the '' spec returns the same object
import sys
s = 'abcdefgh'
print(format(s, '.3'), format(s, '>10.2'), format(s, '*^12.5'), format(s, '3'))
print(repr(format('', '5')), repr(format('é', '<4')), repr(format('日本', '^6')))
same = format(s)
print(same is s, format(s, '') is s)
padded = format(s, '>20')
print(len(padded), sys.getsizeof(padded) - sys.getsizeof(s))
print(format(None), format(None, ''), format([1, 2]), format((1,)), format({'a': 1}))
print(format('x', 's'), format('x', '<s'), '{:s}'.format('y'))
print('%s|' % format('ab', '>5'))

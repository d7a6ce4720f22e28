# split/rsplit (maxsplit, separators), splitlines(keepends), partition/rpartition, join (a single item returns it)
import sys
print('a b  c\td\n'.split(), 'a,b,,c'.split(','), 'a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2))
print('1-2-3'.rsplit('-', 1), ''.split(), ''.split(','), '  x  '.split(' '), 'abc'.split('abc'))
print('l1\nl2\r\nl3\rl4'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines(), 'a\x0bb\x1cc'.splitlines())
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(map(str, range(4))), '.'.join('abc'))
one = 'only'
print(''.join([one]) is one, '-'.join([one]) is one, ''.join((one,)) is one)
parts = 'the quick brown fox'.split()
print(parts, sys.getsizeof(parts), sys.getsizeof('x'.split()), sys.getsizeof('a b c d e f g h i j k'.split()))
print(len(' '.join(['é'] * 10)), sys.getsizeof(' '.join(['é'] * 10)), sys.getsizeof(' '.join(['a'] * 10)))

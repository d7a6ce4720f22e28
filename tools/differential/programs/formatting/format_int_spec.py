# format() and the int presentation types: b o x X c d n, '#', sign, zero padding, grouping
import sys
for spec in ['b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'd', '+d', ' d', '08b', '#010x', ',', '_', '_x', '_b', '>6', '<6', '^7', 'c']:
    print(repr(spec), repr(format(97, spec)), repr(format(-97, spec)) if spec != 'c' else '')
print(format(1234567890, ','), format(1234567890, '_'), format(-1234567, '015,'))
print(format(2**70, 'x'), format(2**70, ','))
print(format(True, 'd'), format(True), format(False, '>6'))
print(format(255, 'n'), format(0, '#x'), format(-0, '+'))
s = format(12345, ',')
print(s, type(s).__name__, sys.getsizeof(s))
print(format(10, 'e'), format(10, '.2f'), format(10, '%'), format(10, 'g'))

# format() and the float presentation types: f e E g G % with precision, sign, width, grouping, 'z'
vals = [3.14159, -2.5, 1234567.891, 0.000012345, 1e16, 100.0, -0.0, 0.5, 2.5]
for v in vals:
    print(format(v, '.2f'), format(v, 'e'), format(v, '.3g'), format(v, 'G'), format(v, '.1%'))
for spec in ['10.3f', '<10.2f', '^12.4e', '+.1f', ' .2f', '010.2f', ',.2f', '_.3f', '#.0f', '.0f', '.0e', 'z.1f', '#g', '.10g']:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-0.00001, spec)))
print(format(float('inf'), 'f'), format(float('-inf'), '>6'), format(float('nan'), 'F'), format(float('nan'), 'e'))
print(format(1.0, ''), format(1e22, ''), format(1.5e-7, ''), format(123.0, 'n'))
print('{:.2f} {:8.3f} {:<8.1f}|'.format(2.675, 1/3, 10))
print(format(0.1, '.20f'), format(1/3, '.17g'), format(2**0.5, '.30f'))

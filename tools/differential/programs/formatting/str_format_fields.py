# str.format numbered and named fields, reuse, nested width/precision fields and brace escapes
print('{0} {1} {0}'.format('a', 'b'))
print('{x}-{y}-{x}'.format(x=1, y=2))
print('{0}{name}{1}'.format('<', '>', name='mid'))
print('{:{w}}|'.format('ab', w=6))
print('{:{fill}{align}{w}}|'.format('ab', fill='.', align='^', w=7))
print('{0:.{1}f}'.format(3.14159, 2))
print('{{}} {{{0}}} {{'.format(5))
print('{}{}{}'.format(1, 2, 3))
print('{!r:>8}|{!s:<6}|'.format('q', 'q'))
print('{0!a}'.format('héllo'))
print('{:}'.format(7), '{0:}'.format(8))
d = {'k': 'v', 3: 'three'}
print('{0[k]} {0[3]}'.format(d))
lst = [10, 20, 30]
print('{0[0]} {0[2]} {1[1]}'.format(lst, 'xyz'))
class P:
    def __init__(self):
        self.x = 4
        self.y = [5, 6]
p = P()
print('{0.x} {0.y[1]} {p.x}'.format(p, p=p))
print('{:%}'.format(0.25), '{:.1%}'.format(1/3))

# format(): default spec is str(), bool/int/None/containers, __format__ of a user class, result identity
import sys
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return '$' + format(self.v, spec or '.2f')
m = Money(3.5)
print(format(m), format(m, '.1f'), '{:>8}'.format(m), f'{m:.3f}')
print(format(3), format(-3.0), format(True), format(None), format(b'ab'))
print(format(3, ''), format(1.5, ''), format(10**20))
t = (1, 2)
print(format(t), '{}'.format(t), f'{t}', '%s' % (t,))
s = 'text'
print(format(s) is s, f'{s}' is s, str(s) is s, '{}'.format(s) == s)
i = 12345
print(sys.getsizeof(format(i)), sys.getsizeof(format(i, ',')), sys.getsizeof(format(i, '>30')))
print(format(0.5, '.0%'), format(1234.5, ',.1f'), format(-1234, '_'))

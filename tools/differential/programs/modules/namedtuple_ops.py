# collections.namedtuple: field parsing, defaults, rename, keyword arguments, _make/_replace/_asdict, errors with CPython's messages, tuple behaviour
from collections import namedtuple
P = namedtuple('P', 'x, y')
print(P(1, 2), P(y=3, x=4), P._make(range(2)), P(1, 2)._replace(x=9), P(1, 2)._asdict(), P.__doc__, P._fields, P.__match_args__)
C = namedtuple('C', 'r g b', defaults=(0, 1))
print(C(5), C(5, 6), C._field_defaults, C(1, 2, 3) == (1, 2, 3), C(1) + (7,), C(1)[1:], len(C(1)))
R = namedtuple('R', ['a', 'b', '_c', 'a', 'def'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
for f in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: P._make([1]), lambda: P(1, 2)._replace(z=1),
          lambda: namedtuple('1a', 'x'), lambda: namedtuple('A', 'x x'), lambda: namedtuple('A', '_x'), lambda: namedtuple('A', 'class'),
          lambda: namedtuple('A', 'x', defaults=[1, 2]), lambda: namedtuple('T', 'a b c')()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = P(1, 2)
x, y = p
print(x, y, p.x + p.y, p[0], p[-1], p.index(2), p.count(1), hash(p) == hash((1, 2)), sorted([P(2, 1), P(1, 5)]), max(P(3, 4)))
print(P.__name__, P.__qualname__, P.__module__, type(p).__name__, repr(P(P(1, 2), [3])), str(P('a', 'b')))
M = namedtuple('M', 'v', module='mymod')
print(M.__module__, M(1), tuple(M(1)), list(P(5, 6)), {P(1, 2): 'k'}[(1, 2)], P(1, 2) == P(1, 2), P(1, 2) != (2, 1))

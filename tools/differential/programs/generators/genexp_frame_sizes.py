# sys.getsizeof of generator expressions of several shapes: 152 + 8 * (locals + co_stacksize) + the GC head, with gi_code's co_stacksize and co_nlocals
import sys

g1 = (x for x in range(3))
g2 = (x * x for x in range(10))
g3 = (x + y for x in range(3) for y in range(3))
g4 = (str(x).upper() for x in range(3) if x % 2)
g5 = ((x, x + 1, x + 2) for x in range(3))
g6 = (f'{x!r:>{x}}' for x in range(3))
g7 = ({x: [x, x]} for x in range(3))
g8 = (y for x in range(3) for y in [x * 2])
for g in [g1, g2, g3, g4, g5, g6, g7, g8]:
    print(sys.getsizeof(g), g.gi_code.co_stacksize, g.gi_code.co_nlocals, list(g)[:2])

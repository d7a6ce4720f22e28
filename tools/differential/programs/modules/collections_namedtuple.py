# collections.namedtuple: fields by name and index, _replace, _asdict, _fields, defaults, repr, tuple size
import sys
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._replace(x=5), p._asdict(), Point._make([3, 4]), tuple(p))
print(isinstance(p, tuple), len(p), sys.getsizeof(p) == sys.getsizeof((1, 2)), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, Point.__name__, type(p).__name__)
Color = namedtuple('Color', 'r g b', defaults=[0])
print(Color(1, 2), Color._field_defaults, Color(1, 2, 3).b)

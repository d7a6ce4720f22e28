# a package (a folder with __init__.py) imports like a module, with __path__ and __package__
import sys
import _geometry
print(_geometry.ORIGIN, _geometry.__package__, len(_geometry.__path__), _geometry.__file__.endswith('__init__.py'))
print(sorted([k for k in _geometry.__dict__ if k.startswith('__')]))
import _geometry
print(sys.getrefcount(_geometry))

# the with target can be a tuple, an attribute or a subscript
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
class Holder:
    pass
h = Holder()
d = {}
with Pair() as (a, b):
    print(a, b)
with Pair() as h.attr:
    print(h.attr)
with Pair() as d['k']:
    print(d)

# operator.itemgetter/attrgetter/methodcaller: their types, repr, sizes, gc tracking, the references they hold
import operator, sys, gc
key = 'k' * 20
base = sys.getrefcount(key)
g = operator.itemgetter(key)
print(sys.getrefcount(key) - base, g({key: 5}), repr(operator.itemgetter(1, 'a')), type(g).__name__)
print(sys.getsizeof(g), sys.getsizeof(operator.attrgetter('x')), sys.getsizeof(operator.methodcaller('m', 1, k=2)), gc.is_tracked(g))
print(repr(operator.attrgetter('a.b', 'c')), repr(operator.methodcaller('split', ',', maxsplit=1)), callable(g))
print(operator.methodcaller('split', ',', maxsplit=1)('a,b,c'), sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)))
del g
print(sys.getrefcount(key) - base)
for bad in [lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.methodcaller(3), lambda: operator.itemgetter(0)([], 1), lambda: operator.add(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(operator.iadd([1], [2]), operator.ne(1, 2), operator.is_not(None, 1), operator.pos(-3), operator.inv(0), operator.indexOf([4, 5], 5))

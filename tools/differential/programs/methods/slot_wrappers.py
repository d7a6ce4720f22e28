# dunder methods of builtin containers: method-wrapper objects (48 bytes, tracked, hold self), slot wrappers and method descriptors on the type, their TypeErrors
import sys, gc
b = [1, 2]
m = b.__len__
print(m(), type(m).__name__, sys.getsizeof(m), gc.is_tracked(m), m.__self__ is b, type(b.__getitem__).__name__, sys.getsizeof(b.__getitem__))
r0 = sys.getrefcount(b)
m2 = b.__contains__
print(sys.getrefcount(b) - r0, m2(2), m2(9))
del m, m2
print(sys.getrefcount(b) - r0 + 1)
print(repr(list.__len__), repr(list.append), repr(dict.__contains__), repr(tuple.__len__))
print(list.append is list.append, list.__len__ is list.__len__, b.__len__ is b.__len__, type(list.__len__).__name__, type(list.append).__name__)
l = []
list.append(l, 1)
list.extend(l, (2, 3))
print(l, list.__len__(l), list.__getitem__(l, 1), dict.get({1: 2}, 1), set.union({1}, [2]), tuple.count((1, 1), 1))
print([1].__eq__(1), [1].__eq__([1]), [1].__lt__([2]), (1, 2).__hash__() == hash((1, 2)), [].__hash__, {}.__hash__, set().__hash__)
print({1}.__or__({2}), {1}.__ror__({3}), {1}.__or__([3]), b.__add__([3]), b.__mul__(2), b.__rmul__(2), (1,).__add__((2,)))
print({1: 2}.__len__(), {1: 2}.__contains__(1), {'a': 1}.__getitem__('a'), range(5).__len__(), range(5).__contains__(3), 'abc'.__len__())
d = {}
d.__setitem__('k', [0])
d.__delitem__('k')
d.__setitem__('j', 1)
print(d, b.__iter__().__class__.__name__, b.__repr__(), b.__str__())
for f in [lambda: list.append(1, 2), lambda: list.append(), lambda: list.__len__(1), lambda: list.__len__(), lambda: list.__len__([], 1),
          lambda: [].__len__(1), lambda: list.__getitem__(1, 0), lambda: dict.__contains__(1, 2), lambda: [].__contains__()]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
gc.collect()
c0 = gc.get_count()[0]
keep = [b.__len__, b.__iter__, {}.__len__]
print(gc.get_count()[0] - c0)
del keep
print(gc.get_count()[0] - c0)

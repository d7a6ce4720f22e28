# operator: arithmetic/comparison functions, itemgetter, attrgetter (dotted), methodcaller, index, truth, concat
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 8), op.neg(4), op.abs(-2))
print(op.eq(1, 1.0), op.lt(1, 2), op.ge('b', 'a'), op.not_(0), op.truth([]), op.is_(None, None), op.contains([1, 2], 2), op.index(7))
pairs = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(pairs, key=op.itemgetter(1)), op.itemgetter(0, 1)('xyz'), op.itemgetter('k')({'k': 'v'}), list(map(op.itemgetter(0), pairs)))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
p = P('outer', P('inner'))
print(op.attrgetter('name')(p), op.attrgetter('inner.name')(p), op.attrgetter('name', 'inner.name')(p))
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', 'o')('banana'))
print(op.concat([1], [2]), op.getitem([5, 6], 1), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.invert(5))
d = {}
op.setitem(d, 'k', 1)
print(d, op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.length_hint([1, 2, 3]))

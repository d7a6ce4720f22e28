# copy/deepcopy memory: refcounts of shared children, list sizes built by append, tuples kept when unchanged, the memo dict's entries and keep-alive list, cycles
import copy, sys, gc
item = 'x' * 40
base = sys.getrefcount(item)
src = [item, item, [item]]
print(sys.getrefcount(item) - base)
s = copy.copy(src)
print(sys.getrefcount(item) - base)
d = copy.deepcopy(src)
print(sys.getrefcount(item) - base, d[0] is item, d[2] is not src[2])
del s, d
print(sys.getrefcount(item) - base)
print(sys.getsizeof([1, 2, 3]), sys.getsizeof(copy.copy([1, 2, 3])), sys.getsizeof(copy.deepcopy([1, 2, 3])), sys.getsizeof(copy.deepcopy(list(range(9)))))
print(sys.getsizeof(copy.copy({'a': 1})), sys.getsizeof(copy.deepcopy({'a': 1})), sys.getsizeof(copy.deepcopy(dict.fromkeys(range(7)))))
t = (1, 'a', (2, 3))
u = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(u) is u, copy.deepcopy(u) == u, copy.copy(u) is u)
memo = {}
inner = [1]
outer = [inner, (inner,), {'k': inner}]
r = copy.deepcopy(outer, memo)
print(len(memo), r[0] is r[1][0] is r[2]['k'], memo[id(outer)] is r, len(memo[id(memo)]), memo[id(memo)][0] is inner)
print(sys.getrefcount(outer) - 2, sys.getrefcount(inner) - 3)
del memo
print(sys.getrefcount(outer) - 2, sys.getrefcount(inner) - 3)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc, gc.is_tracked(c2), gc.is_tracked(copy.deepcopy({'a': 1})), gc.is_tracked(copy.copy({'a': [1]})))
del cyc, c2
print(gc.collect())

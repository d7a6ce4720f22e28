# set methods: add/discard/remove/pop, the operators and their method forms, update variants, subset tests, growth sizes
import sys
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s), len(s), s.pop() in {1, 2, 4}, len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 6])))
print(a.issubset(a | b), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a, a > {1, 2})
c = set(a)
c.update([10], (11,))
c.intersection_update(range(0, 12))
c.difference_update({1})
c.symmetric_difference_update({2, 99})
print(sorted(c), c.copy() == c, c.copy() is c)
sizes = []
g = set()
for i in range(40):
    g.add(i)
    if not sizes or sys.getsizeof(g) != sizes[-1]:
        sizes.append(sys.getsizeof(g))
print(sizes, sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(10))))
g.clear()
print(sys.getsizeof(g), set('hello') == {'h', 'e', 'l', 'o'})

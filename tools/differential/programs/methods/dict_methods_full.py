# dict methods: get, setdefault, pop with default, popitem LIFO, update forms, fromkeys, copy, clear, | and |=
import sys
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(w=4)
print(d, len(d))
f = dict.fromkeys('abc')
g = dict.fromkeys(range(3), 0)
print(f, g, dict.fromkeys([], 1))
c = d.copy()
print(c == d, c is d, sys.getsizeof(c) == sys.getsizeof(d))
m = {'a': 1} | {'b': 2, 'a': 3}
m |= {'c': 4}
print(m, dict(a=1, b=2), dict([('k', 'v')]), dict({'x': 1}, y=2))
print(list(reversed(m)), 'a' in m, 'zz' not in m, m.keys() == {'a', 'b', 'c'})
c.clear()
print(c, sys.getsizeof(c), sys.getsizeof({}))
v = []
before = sys.getrefcount(v)
holder = {}
holder.setdefault('k', v)
print(sys.getrefcount(v) - before, holder.setdefault('k', 5) is v)

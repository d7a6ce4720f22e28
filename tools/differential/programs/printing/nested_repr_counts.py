# nested and recursive container reprs print as python3 and move count0 the same way (Py_ReprEnter, set repr via a list)
import gc
gc.collect()
a = [1, {2, 3}, (4, [5, {6: frozenset({7})}]), {}, set(), ()]
a.append(a)
d = {'k': a}
r = [0] * 10
r[0] = gc.get_count()[0]
print(a)
r[1] = gc.get_count()[0]
print(d, repr(d), str(a))
r[2] = gc.get_count()[0]
s = {1, 2, 3}
print(s, frozenset(s), sep=' | ')
r[3] = gc.get_count()[0]
t = (a, d)
print(len(repr(t)))
r[4] = gc.get_count()[0]
print(r[:5], gc.get_count())

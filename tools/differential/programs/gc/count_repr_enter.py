# the first repr of a container makes Py_ReprEnter's thread-state dict and list; dict and set enter before their empty check
import gc
r = [0] * 12
e = []
gc.collect()
r[0] = gc.get_count()[0]
r[1] = gc.get_count()[0]
s = repr([])
r[2] = gc.get_count()[0]
s = repr(())
r[3] = gc.get_count()[0]
s = repr({})
r[4] = gc.get_count()[0]
s = repr({})
r[5] = gc.get_count()[0]
s = repr({1, 2})
r[6] = gc.get_count()[0]
s = repr([1, [2, (3, 4)]])
r[7] = gc.get_count()[0]
s = str(frozenset({5}))
r[8] = gc.get_count()[0]
print([r[i + 1] - r[i] for i in range(8)], s)
print(1, 2)
r[9] = gc.get_count()[0]
print(3, 4)
r[10] = gc.get_count()[0]
print(r[9] - r[8], r[10] - r[9])

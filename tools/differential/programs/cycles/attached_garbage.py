# containers hanging off a cycle are collected with it
import gc
gc.collect()
a = [[], [1, 2], {'k': []}]
a.append(a)
del a
print(gc.collect())

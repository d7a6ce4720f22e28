# a cycle broken by hand is freed by refcounting: nothing left to collect
import gc
gc.collect()
a = []
b = [a]
a.append(b)
b.pop()
del a, b
print(gc.collect())

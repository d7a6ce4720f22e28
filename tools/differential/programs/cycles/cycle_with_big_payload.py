# a cycle holding non-container payload: only containers count
import gc
gc.collect()
a = [1.5, 'text', 10 ** 30, b'bytes']
a.append(a)
del a
print(gc.collect())

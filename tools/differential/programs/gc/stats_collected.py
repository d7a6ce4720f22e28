# get_stats counts the collected objects of each generation
import gc
gc.collect()
before = gc.get_stats()[0]['collected']
a = []
a.append(a)
b = {}
b['b'] = b
del a, b
print(gc.collect(0))
print(gc.get_stats()[0]['collected'] - before)

# get_stats has three generations with the same keys; collections are counted
import gc
s = gc.get_stats()
print(len(s), sorted(s[0].keys()))
before = gc.get_stats()[2]['collections']
gc.collect()
gc.collect()
print(gc.get_stats()[2]['collections'] - before)

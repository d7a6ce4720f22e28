# get_referents of containers lists what they reference
import gc
print(len(gc.get_referents([1, 2, [3]])))
print(len(gc.get_referents({'a': 1, 'b': 2})))
print(len(gc.get_referents((1, 2, 3))))
print(gc.get_referents([]))

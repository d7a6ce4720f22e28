import gc

gc.collect()
x = [1, 2, 3]
x.append(x)
print(len(x))
del x
# the list still refers to itself: only the collector can free it
print(gc.collect())
print(gc.collect())

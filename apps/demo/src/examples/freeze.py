import gc

gc.collect()  # empty the free lists: counts from here on are exact
config = [{"name": "worker", "size": 4} for i in range(5)]
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count())
junk = [[] for i in range(3)]
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())

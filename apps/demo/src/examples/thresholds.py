import gc

class Item:
    pass

def collections():
    n = 0
    for s in gc.get_stats():
        n += s["collections"]
    return n

print(gc.get_threshold())
before = collections()
gc.set_threshold(5, 2, 2)
keep = []
for i in range(30):
    keep.append(Item())
# with threshold 5, a collection runs every few new containers
print(collections() - before >= 4)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

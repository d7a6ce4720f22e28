# several cycles of different sizes in one collection
import gc
gc.collect()
class N:
    pass
for k in [1, 2, 3, 4]:
    nodes = [N() for i in range(k)]
    for i in range(k):
        nodes[i].next = nodes[(i + 1) % k]
    nodes = None
print(gc.collect())

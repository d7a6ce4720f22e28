import gc
class P:
    pass
total = 0
for i in range(3000):
    a = P(); b = P(); a.o = b; b.o = a
print('final', gc.collect() >= 0)
print('stats kinds', len(gc.get_stats()))

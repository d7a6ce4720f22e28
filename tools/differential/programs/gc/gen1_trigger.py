# small thresholds: gen1 collections show in the counts (gen2 kept out of reach: its trigger depends on start-up objects)
import gc
gc.collect()
gc.set_threshold(5, 2, 1000)
keep = []
seen = []
for i in range(60):
    keep.append([])
    c = gc.get_count()
    if c not in seen:
        seen.append(c)
print(seen)
gc.set_threshold(700, 10, 10)

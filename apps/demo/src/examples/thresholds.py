import gc

print(gc.get_threshold())
gc.set_threshold(5, 2, 2)
print(gc.get_threshold())
keep = []
for i in range(30):
    keep.append([i])
print(gc.get_count())
gc.set_threshold(700, 10, 10)

# each piece print writes fetches file.write as a short-lived GC object, which can trigger a collection
import gc
gc.collect()
gc.set_threshold(3)
keep = []
for i in range(12):
    keep.append([i])
    print(i, 'x', gc.get_count(), sep='-', end=';\n')
    print(gc.get_count(), end='')
    print()
gc.set_threshold(700, 10, 10)
print(gc.get_count())

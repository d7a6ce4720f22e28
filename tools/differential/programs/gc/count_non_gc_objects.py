# ints, floats and strings are not GC objects: count0 does not move
import gc
gc.collect()
x = int('1' * 50)
y = float('1.25')
z = 'abc'.upper()
print(gc.get_count())

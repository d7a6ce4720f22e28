# instances in a dict that each reference the dict
import gc
gc.collect()
class C:
    pass
reg = {}
for i in range(5):
    c = C()
    c.reg = reg
    reg[i] = c
del reg, c
print(gc.collect())

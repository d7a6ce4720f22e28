# dir() with no argument lists the current scope sorted; dir(module) lists the module's names
import gc
def f(u, v=2):
    k = 1
    return dir()
print(f(1))
print([n for n in dir(gc) if not n.startswith('__')][:6], 'collect' in dir(gc))
x = 1
print([n for n in dir() if not n.startswith('__')])
gc.collect()
before = gc.get_count()
names = dir(gc)
print(gc.get_count()[0] - before[0])
gc.collect()
before = gc.get_count()
names = dir()
print(gc.get_count()[0] - before[0])

# a class's __subclasses__ registry goes when its last subclass dies: re-creating a subclass allocates it again
import gc
class P: pass
def f():
    class C(P): pass
for i in range(3):
    gc.collect()
    f()
    print(gc.get_count(), len(P.__subclasses__()))
gc.collect()
print(P.__subclasses__())

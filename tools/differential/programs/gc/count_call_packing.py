# count0 moves when a call packs its arguments into a tuple (int, str, bytes, classes, weakref.ref) and not for vectorcall types
import gc
import weakref
class C:
    def __init__(self, b=0, a=0):
        self.b = b
c = C()
r = [0] * 12
gc.collect()
r[0] = gc.get_count()[0]
r[1] = gc.get_count()[0]
x = int('5')
r[2] = gc.get_count()[0]
x = float('1.5')
r[3] = gc.get_count()[0]
x = str(5)
r[4] = gc.get_count()[0]
x = bytes(2)
r[5] = gc.get_count()[0]
x = C(1)
r[6] = gc.get_count()[0]
x = C(a=1)
r[7] = gc.get_count()[0]
x = weakref.ref(c)
r[8] = gc.get_count()[0]
x = range(3)
r[9] = gc.get_count()[0]
x = bool(1)
r[10] = gc.get_count()[0]
print([r[i + 1] - r[i] for i in range(10)])
